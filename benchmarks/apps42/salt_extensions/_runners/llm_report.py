"""
Weekly fleet report runner. Runs on the master from the schedule:

.. code-block:: yaml

    schedule:
      llm_weekly_report:
        function: llm_report.weekly
        cron: '0 7 * * 1'
"""
import asyncio
import datetime
import logging

import salt.client
import salt.utils.json

try:
    import saltext_llm
    from opsai.services.multi_model_service import TaskComplexity, multi_model_service

    HAS_LIBS = True
except ImportError:
    HAS_LIBS = False

log = logging.getLogger(__name__)

__virtualname__ = "llm_report"


def __virtual__():
    if not HAS_LIBS:
        return (False, "llm_report: saltext_llm/opsai not installed on the master")
    return __virtualname__


def _fleet_facts(target="*"):
    local = salt.client.LocalClient(__opts__["conf_file"])
    grains = local.cmd(target, "grains.item", ["os", "osrelease", "kernelrelease"], timeout=30)
    pkgs = local.cmd(target, "pkg.list_upgrades", timeout=120)
    return grains, pkgs


def weekly(target="*", region="us-east-1"):
    """
    Generate the weekly fleet report with Bedrock and post it as an event.
    """
    grains, pkgs = _fleet_facts(target)
    facts = {
        "week": datetime.date.today().isocalendar()[1],
        "minions": len(grains),
        "pending_upgrades": {m: len(p or {}) for m, p in pkgs.items() if isinstance(p, dict)},
        "os_mix": sorted({"{os} {osrelease}".format(**g) for g in grains.values() if g}),
    }
    brt = saltext_llm.bedrock_runtime(region)
    resp = brt.converse(
        modelId="anthropic.claude-3-haiku-20240307-v1:0",
        system=[{"text": "Write a short weekly infrastructure report in Markdown."}],
        messages=[{"role": "user", "content": [{"text": salt.utils.json.dumps(facts)}]}],
        inferenceConfig={"maxTokens": 1500},
    )
    report = resp["output"]["message"]["content"][0]["text"]
    cost = __utils__["llm_cost.calculate_cost"](
        "bedrock", "anthropic.claude-3-haiku-20240307-v1:0", resp
    )
    __salt__["event.send"]("salt/llm/report/weekly", {"report": report, "cost": cost})
    return {"report": report, "cost": cost}


def weekly_tracked(target="*"):
    """
    Same as ``weekly`` but through the tracked platform service (preferred;
    switch the schedule over once the opsai quota is raised).
    """
    grains, pkgs = _fleet_facts(target)
    prompt = "Write a weekly infrastructure report for:\n{}".format(
        salt.utils.json.dumps({"grains": grains, "upgrades": pkgs}, default=str)[:20000]
    )
    return asyncio.run(
        multi_model_service.generate_response(
            prompt=prompt,
            task_type="report",
            complexity=TaskComplexity.AGENTIC,
        )
    )


def upgrade_notes(target="*", model="gpt-4o-mini"):
    """
    Release-notes style summary of pending upgrades, via OpenAI.
    """
    _, pkgs = _fleet_facts(target)
    names = sorted({name for p in pkgs.values() if isinstance(p, dict) for name in p})
    if not names:
        return "Nothing to upgrade."
    return saltext_llm.complete(
        saltext_llm.get_openai(),
        "Write upgrade notes for these packages:\n" + "\n".join(names),
        model=model,
    )
