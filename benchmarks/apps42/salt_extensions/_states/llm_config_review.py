"""
Review configuration files with an LLM before they are deployed.

.. code-block:: yaml

    review_sshd:
      llm_config_review.reviewed:
        - name: /etc/ssh/sshd_config
        - fail_on_findings: True
"""
import logging

import salt.utils.files
import salt.utils.json

try:
    import saltext_llm
    from saltext_llm.retry import with_retries

    HAS_LIB = True
except ImportError:
    HAS_LIB = False

log = logging.getLogger(__name__)

__virtualname__ = "llm_config_review"

MODEL = "claude-3-5-sonnet-latest"


def __virtual__():
    if not HAS_LIB:
        return (False, "llm_config_review: saltext_llm not installed")
    return __virtualname__


def _parse(text):
    try:
        start = text.index("{")
        return salt.utils.json.loads(text[start : text.rindex("}") + 1])
    except ValueError:
        return {"ok": False, "findings": ["unparseable answer: " + text[:200]]}


def reviewed(name, fail_on_findings=False, model=MODEL):
    ret = {"name": name, "changes": {}, "result": True, "comment": ""}
    with salt.utils.files.fopen(name, "r") as fh:
        contents = fh.read()
    prompt = __utils__["llm_prompts.config_review_prompt"](name, contents)

    if __opts__["test"]:
        ret["result"] = None
        ret["comment"] = "{} would be reviewed".format(name)
        return ret

    client = saltext_llm.get_anthropic()
    msg = with_retries(
        client.messages.create,
        model=model,
        max_tokens=1024,
        messages=[{"role": "user", "content": prompt}],
    )
    verdict = _parse(msg.content[0].text)
    findings = verdict.get("findings", [])
    ret["changes"] = {"findings": findings} if findings else {}
    if findings and fail_on_findings:
        ret["result"] = False
    ret["comment"] = "{} finding(s) for {}".format(len(findings), name)
    return ret


def reviewed_by_module(name, question=None):
    """
    Older variant that delegates to the ``claude`` execution module.
    """
    ret = {"name": name, "changes": {}, "result": True, "comment": ""}
    with salt.utils.files.fopen(name, "r") as fh:
        contents = fh.read()
    answer = __salt__["claude.ask"](
        (question or "Any problems with this file?") + "\n\n" + contents
    )
    ret["comment"] = answer
    return ret
