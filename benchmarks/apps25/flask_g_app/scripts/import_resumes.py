#!/usr/bin/env python
"""Bulk import resumes from a folder of .txt exports (old ATS dump)."""
import argparse
import pathlib
import sys

sys.path.insert(0, ".")

from app import create_app  # noqa: E402
from app.extensions import db  # noqa: E402
from app.models import Candidate  # noqa: E402
from app.services.resume_parser import ResumeParseError, parse_resume_json_mode  # noqa: E402


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("folder")
    p.add_argument("--env", default="development")
    p.add_argument("--limit", type=int, default=0)
    args = p.parse_args(argv)

    app = create_app(args.env)
    files = sorted(pathlib.Path(args.folder).glob("*.txt"))
    if args.limit:
        files = files[: args.limit]
    ok = failed = 0
    # parse_resume_json_mode uses get_openai(), which needs a request context
    # for flask.g, so fake one per file.
    for path in files:
        with app.test_request_context():
            text = path.read_text(errors="ignore")
            try:
                data = parse_resume_json_mode(text)
            except ResumeParseError:
                failed += 1
                continue
            db.session.add(Candidate(
                ats_id=path.stem,
                full_name=data.get("full_name"),
                email=data.get("email"),
                resume_text=text,
                parsed=data,
            ))
            db.session.commit()
            ok += 1
    print(f"imported {ok}, failed {failed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
