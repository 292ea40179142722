"""Config retrieval and parsing helpers (no LLM calls)."""

import difflib
import logging

from ciscoconfparse2 import CiscoConfParse
from jinja2 import Environment, StrictUndefined

logger = logging.getLogger(__name__)

_env = Environment(undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)

SENSITIVE_PREFIXES = ("snmp-server community", "username", "enable secret", "tacacs-server key", "key ")


def get_backup_config(device):
    """Read the latest backup from Golden Config if installed, else the custom field."""
    try:
        from nautobot_golden_config.models import GoldenConfig  # pylint: disable=import-outside-toplevel
    except ImportError:
        return device.cf.get("running_config") or ""
    gc = GoldenConfig.objects.filter(device=device).first()
    return gc.backup_config if gc and gc.backup_config else ""


def get_intended_config(device):
    try:
        from nautobot_golden_config.models import GoldenConfig  # pylint: disable=import-outside-toplevel
    except ImportError:
        return ""
    gc = GoldenConfig.objects.filter(device=device).first()
    return gc.intended_config if gc else ""


def redact(config_text):
    """Strip secrets before anything leaves Nautobot."""
    out = []
    for line in config_text.splitlines():
        stripped = line.strip()
        if stripped.startswith(SENSITIVE_PREFIXES):
            indent = line[: len(line) - len(line.lstrip())]
            out.append(f"{indent}{stripped.split()[0]} <redacted>")
        else:
            out.append(line)
    return "\n".join(out)


def interface_blocks(config_text):
    parse = CiscoConfParse(config_text.splitlines())
    return {obj.text: [c.text for c in obj.children] for obj in parse.find_objects(r"^interface ")}


class ConfigDiff:
    """Unified diff between backup and intended config."""

    def __init__(self, backup, intended):
        self.backup = backup
        self.intended = intended

    def generate(self, context=3):
        return "\n".join(
            difflib.unified_diff(
                self.backup.splitlines(), self.intended.splitlines(), "backup", "intended", lineterm="", n=context
            )
        )

    def is_empty(self):
        return not self.generate(context=0)


def render_template(template_text, **context):
    return _env.from_string(template_text).render(**context)
