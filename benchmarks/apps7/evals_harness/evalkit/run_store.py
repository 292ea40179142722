"""Small sqlite registry of runs (id, config, summary) for the `history` command."""
from __future__ import annotations

import datetime as dt
import json
from typing import Any, Dict, List

from peewee import CharField, DateTimeField, Model, SqliteDatabase, TextField

_db = SqliteDatabase(None)


class EvalRun(Model):
    run_id = CharField(unique=True)
    name = CharField(index=True)
    git_sha = CharField(null=True)
    config_json = TextField()
    summary_json = TextField(default="{}")
    created_at = DateTimeField(default=dt.datetime.utcnow)

    class Meta:
        database = _db
        table_name = "eval_runs"


def init_store(path: str) -> None:
    _db.init(path)
    _db.connect(reuse_if_open=True)
    _db.create_tables([EvalRun], safe=True)


def record_run(run_id: str, name: str, config: Dict[str, Any], summary: Dict[str, Any],
               git_sha: str = None) -> EvalRun:
    return EvalRun.create(
        run_id=run_id,
        name=name,
        git_sha=git_sha,
        config_json=json.dumps(config, default=str),
        summary_json=json.dumps(summary, default=str),
    )


def recent_runs(name: str, limit: int = 10) -> List[EvalRun]:
    return list(EvalRun.select().where(EvalRun.name == name).order_by(EvalRun.created_at.desc()).limit(limit))
