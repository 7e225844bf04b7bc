package io.incidentalerts.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentalerts.config.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** README stays true to the code: the commands and every setting with its variable and default. */
class ReadmeTest {

    private static String readme() throws Exception {
        return Files.readString(Path.of("README.md"));
    }

    @Test
    void startsWithTheTwoCommandsAndCiRunsTheSameTestCommand() throws Exception {
        String readme = readme();
        assertThat(readme).contains("./incident-alerts demo").contains("mvn verify");
        assertThat(readme.indexOf("./incident-alerts demo")).isLessThan(readme.indexOf("mvn verify"));
        assertThat(Files.readString(Path.of(".ci/run"))).containsPattern("(?m)^mvn verify$");
    }

    @Test
    void everySettingIsDocumentedWithItsVariableAndDefault() throws Exception {
        String readme = readme();
        for (Setting s : Setting.values()) {
            String dflt = s.defaultValue().isEmpty() ? "(empty)" : "`" + s.defaultValue() + "`";
            assertThat(readme).as(s.key())
                    .contains("| `" + s.key() + "` | `" + s.envName() + "` | " + dflt + " |");
        }
    }
}
