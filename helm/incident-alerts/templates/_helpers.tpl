{{/* Chart name, overridable. */}}
{{- define "incident-alerts.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Fully qualified name: the release name, with the chart name appended unless already contained. */}}
{{- define "incident-alerts.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "incident-alerts.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "incident-alerts.selectorLabels" -}}
app.kubernetes.io/name: {{ include "incident-alerts.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "incident-alerts.labels" -}}
helm.sh/chart: {{ include "incident-alerts.chart" . }}
{{ include "incident-alerts.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "incident-alerts.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "incident-alerts.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "incident-alerts.headlessName" -}}
{{- printf "%s-headless" (include "incident-alerts.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "incident-alerts.isStatefulSet" -}}
{{- if eq .Values.workload.kind "StatefulSet" }}true{{ end }}
{{- end }}

{{/* A setting key such as "topics.partitions" as its variable INCIDENT_ALERTS_TOPICS_PARTITIONS. */}}
{{- define "incident-alerts.settingEnv" -}}
{{- printf "INCIDENT_ALERTS_%s" (. | upper | replace "." "_" | replace "-" "_") }}
{{- end }}

{{/* A Kafka client property such as "security.protocol" as its variable KAFKA_SECURITY_PROTOCOL. */}}
{{- define "incident-alerts.kafkaEnv" -}}
{{- printf "KAFKA_%s" (. | upper | replace "." "_" | replace "-" "_") }}
{{- end }}
