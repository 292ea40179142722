"""Attribute extraction. Default: Fireworks partitions. --actor: route through
a single Together actor (dedicated endpoint with a hard RPM cap)."""
from __future__ import annotations

import logging

import pandas as pd

from enrich import io
from enrich.actors import SequenceActor, TogetherActor
from enrich.cluster import cluster_session
from enrich.config import load_settings
from enrich.lib import get_fireworks
from enrich.lib.parsing import parse_json_object
from enrich.lib.prompts import REGISTRY
from enrich.tasks.extract import FIELDS, extract_partition, extract_partition_threaded
from jobs._common import base_parser, setup_logging

log = logging.getLogger("jobs.extract_entities")

META = pd.DataFrame({"product_id": pd.Series(dtype="string"), **{f: pd.Series(dtype="object") for f in FIELDS}})


def run_actor(client, pdf: pd.DataFrame, model: str) -> pd.DataFrame:
    actor = client.submit(TogetherActor, model, rpm=300, actor=True).result()
    seq = client.submit(SequenceActor, actor=True).result()
    batch_id = seq.generate().result()
    futures = [
        actor.complete(REGISTRY["extract_entities"].generate(title=t, description=d))
        for t, d in zip(pdf["title"], pdf["description"].fillna(""))
    ]
    rows = [parse_json_object(f.result()) for f in futures]
    log.info("actor batch %s done: %s", batch_id, actor.stats().result())
    out = pd.DataFrame(rows, columns=list(FIELDS))
    out.insert(0, "product_id", pdf["product_id"].values)
    return out


def validate_schema_on_driver(sample_title: str, model: str) -> bool:
    """Cheap pre-flight so we fail fast on a bad model id before fanning out."""
    resp = get_fireworks().chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": REGISTRY["extract_entities"].generate(title=sample_title, description="")}],
        max_tokens=100,
        response_format={"type": "json_object"},
    )
    return set(parse_json_object(resp.choices[0].message.content)) >= set(FIELDS)


def main() -> None:
    parser = base_parser(__doc__)
    parser.add_argument("--actor", action="store_true")
    parser.add_argument("--threaded", action="store_true")
    parser.add_argument("--together-model", default="meta-llama/Llama-3.3-70B-Instruct-Turbo")
    args = parser.parse_args()
    setup_logging(args.verbose)
    settings = load_settings(args.profile)
    model = settings.models.extract_fireworks

    ddf = io.read_table("products", columns=["product_id", "title", "description"], run_date=args.date)
    if args.sample:
        ddf = ddf.sample(frac=args.sample)

    if not args.actor and not validate_schema_on_driver("Levi's 501 Original Fit Jeans, Blue, 32x30", model):
        raise SystemExit("model output does not match schema; aborting")

    with cluster_session(settings, providers=("together",) if args.actor else ("fireworks",)) as client:
        if args.actor:
            out = run_actor(client, ddf.compute(), args.together_model)
            io.write_table(io.dd.from_pandas(out, npartitions=8) if hasattr(io, "dd") else out, "products_attrs", args.date)
        else:
            fn = extract_partition_threaded if args.threaded else extract_partition
            io.write_table(ddf.map_partitions(fn, model=model, meta=META), "products_attrs", args.date)


if __name__ == "__main__":
    main()
