"""Modal application definition shared by every entrypoint.

Workers, scheduled jobs and the web front all import ``app`` from here so the
whole gateway deploys as a single Modal app.
"""
import modal

APP_NAME = "inference-gateway"

app = modal.App(APP_NAME)

image = (
    modal.Image.debian_slim(python_version="3.11")
    .pip_install(
        "fastapi[standard]==0.115.6",
        "openai==1.58.1",
        "anthropic==0.49.0",
        "together==2.0.0",
        "fireworks-ai==1.2.30",
        "cerebras-cloud-sdk==1.15.0",
        "httpx==0.27.2",
        "pydantic==2.10.4",
        "pydantic-settings==2.7.0",
        "tiktoken==0.8.0",
        "boto3==1.35.90",
        "prisma==0.15.0",
        "requests==2.32.3",
        "structlog==24.4.0",
    )
    .add_local_file("schema.prisma", "/root/schema.prisma", copy=True)
    .run_commands("prisma generate --schema /root/schema.prisma")
    .add_local_python_source("gateway")
)

provider_secrets = modal.Secret.from_name("gateway-provider-keys")
infra_secrets = modal.Secret.from_name("gateway-infra")

# Hot-reloadable routing table: alias -> {"provider": ..., "model": ...}
routing_table = modal.Dict.from_name("gateway-routing", create_if_missing=True)
# Short-lived response cache keyed on request hash.
response_cache = modal.Dict.from_name("gateway-response-cache", create_if_missing=True)

ALL_SECRETS = [provider_secrets, infra_secrets]
