"""
Returner that writes an LLM summary of each (failed) job return to disk and
to the event bus.

.. code-block:: yaml

    llm_summary.dir: /var/cache/salt/llm_summaries
    llm_summary.only_failures: True
    llm_summary.model: gpt-4o-mini

Use with ``--return llm_summary`` or in ``return:`` of the schedule.
"""
import functools
import logging
import os
import time

import salt.returners
import salt.utils.files
import salt.utils.jid
import salt.utils.json

log = logging.getLogger(__name__)

__virtualname__ = "llm_summary"


def __virtual__():
    return __virtualname__


def _get_options(ret=None):
    defaults = {
        "dir": "/var/cache/salt/llm_summaries",
        "only_failures": True,
        "model": "gpt-4o-mini",
        "profile": None,
    }
    attrs = {"dir": "dir", "only_failures": "only_failures", "model": "model", "profile": "profile"}
    return salt.returners.get_returner_options(
        __virtualname__, ret, attrs, __salt__=__salt__, __opts__=__opts__, defaults=defaults
    )


def _failed(ret):
    if not ret.get("success", True) or ret.get("retcode", 0) != 0:
        return True
    data = ret.get("return")
    if isinstance(data, dict):
        return any(isinstance(v, dict) and v.get("result") is False for v in data.values())
    return False


def _summarizer(opts):
    client = __utils__["llm_clients.get_client"](opts["profile"])
    return functools.partial(
        client.chat.completions.create,
        model=opts["model"],
        temperature=0,
        max_tokens=400,
    )


def returner(ret):
    opts = _get_options(ret)
    if opts["only_failures"] and not _failed(ret):
        return
    summarize = _summarizer(opts)
    prompt = __utils__["llm_prompts.highstate_prompt"](ret["id"], ret.get("return"))
    try:
        resp = summarize(messages=[{"role": "user", "content": prompt}])
    except Exception as exc:  # pylint: disable=broad-except
        log.error("llm_summary: failed to summarize %s/%s: %s", ret["id"], ret["jid"], exc)
        return
    text = resp.choices[0].message.content
    cost = __utils__["llm_cost.calculate_cost"]("openai", opts["model"], resp)
    record = {
        "jid": ret["jid"],
        "id": ret["id"],
        "fun": ret.get("fun"),
        "summary": text,
        "cost": cost,
        "ts": time.time(),
    }
    os.makedirs(opts["dir"], exist_ok=True)
    path = os.path.join(opts["dir"], "{}_{}.json".format(ret["jid"], ret["id"]))
    with salt.utils.files.fopen(path, "w") as fh:
        salt.utils.json.dump(record, fh)
    __salt__["event.fire_master"](record, "salt/llm/summary/{}".format(ret["id"]))


def save_load(jid, load, minions=None):
    """Not implemented: use the default job cache."""


def get_load(jid):
    return {}


def prep_jid(nocache=False, passed_jid=None):
    return passed_jid if passed_jid is not None else salt.utils.jid.gen_jid(__opts__)
