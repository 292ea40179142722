"""Syslog classification jobs."""

import ollama
from nautobot.apps.jobs import BooleanVar, FileVar, Job, ObjectVar
from nautobot.dcim.models import Device

from nautobot_ai.app_settings import get_setting
from nautobot_ai.assistants.syslog_classifier import (
    LOCAL_ONLY_TENANTS,
    classify_batch,
    classify_local,
    embed_lines,
    prefilter,
)
from nautobot_ai.llm import get_mistral_client
from nautobot_ai.llm.prompts import SYSLOG_SYSTEM
from nautobot_ai.models import SyslogClassification

from .utils import local_chat_client

name = "AI Assistants"  # pylint: disable=invalid-name

BATCH = 40


class ClassifySyslog(Job):
    device = ObjectVar(model=Device)
    syslog_file = FileVar(description="Plain-text syslog export")
    store_embeddings = BooleanVar(default=False)

    class Meta:
        name = "Classify syslog"
        description = "Classify syslog lines (link/routing/hardware/security/config/noise)."
        has_sensitive_variables = False

    def run(self, *, device, syslog_file, store_embeddings=False):  # pylint: disable=arguments-differ
        raw = syslog_file.read().decode("utf-8", errors="replace").splitlines()
        lines, dropped = prefilter(raw)
        self.logger.info("%s lines, %s dropped as known noise", len(raw), dropped, extra={"object": device})
        local_only = device.tenant and device.tenant.slug in LOCAL_ONLY_TENANTS if hasattr(device.tenant, "slug") else False
        mistral = None if local_only else get_mistral_client()
        stored = 0
        for start in range(0, len(lines), BATCH):
            batch = lines[start : start + BATCH]
            results = classify_local(batch) if local_only else classify_batch(mistral, batch)
            vectors = embed_lines(batch) if store_embeddings else [None] * len(batch)
            for line, result, vector in zip(batch, results, vectors):
                SyslogClassification.objects.create(
                    device=device, message=line, category=result["category"],
                    severity=result.get("severity", ""), confidence=float(result.get("confidence", 0)),
                    embedding=vector,
                )
                stored += 1
        self.logger.success("Stored %s classifications", stored, extra={"object": device})
        return stored


class ExplainSyslogLine(Job):
    """Ask the on-prem model what a single cryptic message means."""

    device = ObjectVar(model=Device, required=False)
    prompt = FileVar(required=False)

    class Meta:
        name = "Explain syslog message (on-prem)"
        has_sensitive_variables = False

    def run(self, *, device=None, prompt=None):  # pylint: disable=arguments-differ
        text = prompt.read().decode() if prompt else ""
        completion = local_chat_client().chat.completions.create(
            model=get_setting("ollama_model", "llama3.1:8b"),
            messages=[
                {"role": "system", "content": "Explain this network device log message and whether action is needed."},
                {"role": "user", "content": text},
            ],
        )
        answer = completion.choices[0].message.content
        self.logger.info(answer, extra={"object": device} if device else None)
        return answer


class WarmLocalModel(Job):
    """Pull the configured Ollama model and run a tiny prompt so the first real job is fast."""

    class Meta:
        name = "Warm on-prem model"
        has_sensitive_variables = False

    def run(self):  # pylint: disable=arguments-differ
        host = get_setting("ollama_host")
        client = ollama.Client(host=host)
        model = get_setting("ollama_model", "llama3.1:8b")
        client.pull(model)
        out = client.generate(model=model, prompt="Reply with OK.", system=SYSLOG_SYSTEM, keep_alive="30m")
        self.logger.info("Model %s warm on %s: %s", model, host, out["response"][:40])
