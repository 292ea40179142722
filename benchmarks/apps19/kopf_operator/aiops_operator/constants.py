"""API group / resource names and annotation keys shared across handlers."""

GROUP = "ai.platform.example.com"
VERSION = "v1alpha1"

AIWORKLOADS = "aiworkloads"
PROMPTJOBS = "promptjobs"

FINALIZER = f"{GROUP}/cleanup"
LAST_PROBE_ANNOTATION = f"{GROUP}/last-probe"
PAUSED_ANNOTATION = f"{GROUP}/paused"
LEGACY_LABEL = f"{GROUP}/legacy"

CONFIGMAP_NAME = "aiops-operator-config"

# Providers the operator knows how to talk to. Keep in sync with providers/__init__.py.
SUPPORTED_PROVIDERS = ("bedrock", "google", "litellm", "mistral", "watsonx")

DEFAULT_MAX_TOKENS = 512
PROBE_PROMPT = "Reply with the single word: ok"

PHASE_PENDING = "Pending"
PHASE_READY = "Ready"
PHASE_DEGRADED = "Degraded"
PHASE_RUNNING = "Running"
PHASE_SUCCEEDED = "Succeeded"
PHASE_FAILED = "Failed"
