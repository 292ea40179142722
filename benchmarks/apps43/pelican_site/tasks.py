"""invoke tasks for building/serving/publishing the site.

    invoke build | serve | livereload | publish | cost-report | ai-check
"""
import asyncio
import os
import shlex
import shutil
import sys
from pathlib import Path

from invoke import task
from invoke.main import program
from pelican import main as pelican_main
from pelican.server import ComplexHTTPRequestHandler, RootedHTTPServer
from pelican.settings import DEFAULT_CONFIG, get_settings_from_file

ROOT = Path(__file__).parent
sys.path.insert(0, str(ROOT / "plugins"))

SETTINGS_FILE_BASE = "pelicanconf.py"
SETTINGS = {}
SETTINGS.update(DEFAULT_CONFIG)
LOCAL_SETTINGS = get_settings_from_file(SETTINGS_FILE_BASE)
SETTINGS.update(LOCAL_SETTINGS)

CONFIG = {
    "settings_base": SETTINGS_FILE_BASE,
    "settings_publish": "publishconf.py",
    "deploy_path": SETTINGS["OUTPUT_PATH"],
    "ssh_user": "deploy",
    "ssh_host": "fieldnotes.example.org",
    "ssh_path": "/var/www/fieldnotes",
    "host": "localhost",
    "port": 8000,
}


def pelican_run(cmd):
    cmd += " " + program.core.remainder  # allows to pass-through args to pelican
    pelican_main(shlex.split(cmd))


@task
def clean(c):
    """Remove generated files"""
    if os.path.isdir(CONFIG["deploy_path"]):
        shutil.rmtree(CONFIG["deploy_path"])
        os.makedirs(CONFIG["deploy_path"])


@task
def build(c, dry_run=False):
    """Build local version of site"""
    if dry_run:
        os.environ["LLM_DRY_RUN"] = "1"
    pelican_run("-s {settings_base}".format(**CONFIG))


@task
def archive(c):
    """Build the /archive profile with the legacy tldr plugin."""
    pelican_run("-s {settings_base} -e 'LEGACY_TLDR=true' 'PLUGINS=[\"legacy.summary_gpt\"]' -o output/archive".format(**CONFIG))


@task
def serve(c):
    """Serve site at http://$HOST:$PORT/ (default is localhost:8000)"""

    class AddressReuseTCPServer(RootedHTTPServer):
        allow_reuse_address = True

    server = AddressReuseTCPServer(
        CONFIG["deploy_path"], (CONFIG["host"], CONFIG["port"]), ComplexHTTPRequestHandler
    )
    sys.stderr.write("Serving at {host}:{port} ...\n".format(**CONFIG))
    server.serve_forever()


@task
def livereload(c):
    """Automatically reload browser tab upon file modification."""
    from livereload import Server

    os.environ["LLM_DRY_RUN"] = "1"  # never bill while editing
    build(c)
    server = Server()
    server.watch(CONFIG["settings_base"], lambda: build(c))
    server.watch("content/**/*.md", lambda: build(c))
    server.serve(host=CONFIG["host"], port=CONFIG["port"], root=CONFIG["deploy_path"])


@task
def publish(c):
    """Publish to production via rsync"""
    pelican_run("-s {settings_publish}".format(**CONFIG))
    c.run(
        'rsync --delete --exclude ".DS_Store" -pthrvz -c '
        '-e "ssh -p 22" '
        "{} {ssh_user}@{ssh_host}:{ssh_path}".format(CONFIG["deploy_path"].rstrip("/") + "/", **CONFIG)
    )


@task
def cost_report(c):
    """Estimate what a full uncached rebuild would cost."""
    from llm_common.costs import estimate, total_cost

    posts = [p.read_text(encoding="utf-8") for p in (ROOT / "content").rglob("*.md")]
    usages = [
        estimate(posts, SETTINGS.get("LLM_OPENAI_MODEL", "gpt-4o-mini")),
        estimate(posts, SETTINGS.get("LLM_ANTHROPIC_MODEL", "claude-3-5-haiku-latest"), expected_output=40),
    ]
    for u in usages:
        print(f"{u.model:28} in={u.input_tokens:>9} out={u.output_tokens:>7}  ${u.cost():.2f}")
    print(f"total ${total_cost(usages):.2f}")


@task
def ai_check(c):
    """Check that the configured keys work (lists models, no billing)."""
    from llm_common import get_openai, llm_settings

    cfg = llm_settings(SETTINGS)
    ids = {m.id for m in get_openai(cfg).models.list()}
    status = "ok" if cfg.openai_model in ids else "MISSING"
    print(f"openai {cfg.openai_model}: {status}")


@task
def proofread(c, path):
    """Ask the model for typos/grammar issues in one post; prints a diff-ish list."""
    from llm_common import get_openai, llm_settings

    cfg = llm_settings(SETTINGS)
    text = Path(path).read_text(encoding="utf-8")
    resp = get_openai(cfg).chat.completions.create(
        model=cfg.openai_model,
        temperature=0,
        messages=[
            {"role": "system", "content": "List spelling and grammar mistakes as 'wrong -> right', one per line."},
            {"role": "user", "content": text},
        ],
    )
    print(resp.choices[0].message.content)


@task
def changelog(c, since="HEAD~20"):
    """Summarise recent commits for the /changelog page via the platform service."""
    from llm_common.tracking import TaskComplexity, multi_model_service

    log = c.run(f"git log --oneline {since}..HEAD", hide=True).stdout
    response = asyncio.run(
        multi_model_service.generate_response(
            prompt=f"Turn these commits into a short user-facing changelog:\n{log}",
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
        )
    )
    print(response.content)


@task
def featured(c):
    """Regenerate editor's-pick blurbs (see pelican/plugins/ai_summary/featured.py)."""
    from pelican.plugins.ai_summary.featured import gemini_blurbs

    items = [(p.stem, p.read_text(encoding="utf-8")[:3000]) for p in (ROOT / "content" / "featured").glob("*.md")]
    for (slug, _), blurb in zip(items, gemini_blurbs(items)):
        print(f"{slug}: {blurb}")

