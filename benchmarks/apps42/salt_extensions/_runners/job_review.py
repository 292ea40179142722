"""
Runner that reviews job returns with an LLM.

.. code-block:: bash

    salt-run job_review.review 20240611123456789012
    salt-run job_review.recent_failures hours=6
    salt-run job_review.similar_incidents "pkg.installed failed"
"""
import concurrent.futures
import logging

import salt.client
import salt.runner
import salt.utils.jid

log = logging.getLogger(__name__)

__virtualname__ = "job_review"

REVIEW_MODEL = "claude-3-5-sonnet-latest"


def __virtual__():
    return __virtualname__


def _lookup(jid):
    runner = salt.runner.RunnerClient(__opts__)
    return runner.cmd("jobs.lookup_jid", [jid], kwarg={"display_progress": False})


def _failed_minions(returns):
    failed = {}
    for minion, ret in (returns or {}).items():
        if isinstance(ret, dict):
            bad = {k: v for k, v in ret.items() if isinstance(v, dict) and v.get("result") is False}
            if bad:
                failed[minion] = bad
        elif isinstance(ret, str) and ("ERROR" in ret or "Traceback" in ret):
            failed[minion] = ret
    return failed


def review(jid, model=REVIEW_MODEL, profile="claude"):
    """
    Summarize the failures of a job.
    """
    returns = _lookup(jid)
    failed = _failed_minions(returns)
    if not failed:
        return {"jid": jid, "failed": 0, "review": "All minions succeeded."}
    job = salt.runner.RunnerClient(__opts__).cmd("jobs.list_job", [jid])
    prompt = __utils__["llm_prompts.job_review_prompt"](jid, job.get("Function"), failed)
    client = __utils__["llm_clients.get_client"](profile)
    msg = client.messages.create(
        model=model,
        max_tokens=2000,
        system="You are a senior SRE reviewing SaltStack job output. Be concise.",
        messages=[{"role": "user", "content": prompt}],
    )
    return {"jid": jid, "failed": len(failed), "review": msg.content[0].text}


def _explain_minion(client, model, minion, failure):
    return client.messages.create(
        model=model,
        max_tokens=600,
        messages=[
            {
                "role": "user",
                "content": __utils__["llm_prompts.highstate_prompt"](minion, failure),
            }
        ],
    )


def per_minion(jid, model="claude-3-5-haiku-latest", workers=8, profile="claude"):
    """
    One explanation per failed minion, in parallel.
    """
    failed = _failed_minions(_lookup(jid))
    client = __utils__["llm_clients.get_client"](profile)
    results = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {
            pool.submit(_explain_minion, client, model, minion, failure): minion
            for minion, failure in failed.items()
        }
        for fut in concurrent.futures.as_completed(futures):
            minion = futures[fut]
            try:
                results[minion] = fut.result().content[0].text
            except Exception as exc:  # pylint: disable=broad-except
                results[minion] = "error: {}".format(exc)
    return results


def per_minion_fast(jid, model="claude-3-5-haiku-latest", workers=16, profile="claude"):
    """
    Like per_minion but submits the SDK call directly (no helper).
    """
    failed = _failed_minions(_lookup(jid))
    client = __utils__["llm_clients.get_client"](profile)
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        futs = {
            minion: pool.submit(
                client.messages.create,
                model=model,
                max_tokens=400,
                messages=[{"role": "user", "content": __utils__["llm_prompts.highstate_prompt"](minion, f)}],
            )
            for minion, f in failed.items()
        }
    return {m: f.result().content[0].text for m, f in futs.items()}


def similar_incidents(query, top_n=5):
    """
    Rerank past job review summaries (stored by the llm_summary returner in
    the master's sdb/etcd) against ``query``.
    """
    docs = __salt__["sdb.get"]("sdb://llm_summaries/index") or []
    if not docs:
        return []
    co = __utils__["llm_clients.get_client"]("cohere")
    ranked = co.rerank(
        model="rerank-english-v3.0",
        query=query,
        documents=[d["summary"] for d in docs],
        top_n=top_n,
    )
    return [dict(docs[r.index], score=r.relevance_score) for r in ranked.results]


def recent_failures(hours=6, target="*"):
    """
    List recent jobs with failures (no LLM involved).
    """
    runner = salt.runner.RunnerClient(__opts__)
    jobs = runner.cmd("jobs.list_jobs", kwarg={"search_target": target})
    cutoff = salt.utils.jid.gen_jid(__opts__)
    out = []
    for jid, info in jobs.items():
        if int(jid[:10]) < int(cutoff[:10]) - hours:
            continue
        failed = _failed_minions(_lookup(jid))
        if failed:
            out.append({"jid": jid, "fun": info.get("Function"), "failed": sorted(failed)})
    return out
