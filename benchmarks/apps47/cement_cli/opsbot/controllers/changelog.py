import asyncio
import os
from collections import defaultdict

from cement import Controller, ex

from ..core import get_openai_client
from ..core.prompts import CHANGELOG_SYSTEM, changelog_prompt
from ..core.registry import COMPLETERS, client_for, default_model
from ..services.multi_model_service import TaskComplexity, multi_model_service
from ..utils.gitlog import commits_between, is_chore, latest_tag

SECTION_PREFIXES = {
    "feat": "Added",
    "fix": "Fixed",
    "perf": "Changed",
    "refactor": "Changed",
    "security": "Security",
}


class ChangelogFormatter:
    """Deterministic fallback used when --no-llm is passed (and by the tests)."""

    def __init__(self, version):
        self.version = version

    def generate(self, commits):
        sections = defaultdict(list)
        for c in commits:
            prefix = c["subject"].split(":", 1)[0].split("(")[0].lower()
            sections[SECTION_PREFIXES.get(prefix, "Changed")].append(c["subject"])
        out = [f"## {self.version}"]
        for name in ("Added", "Changed", "Fixed", "Security"):
            if sections[name]:
                out.append(f"\n### {name}")
                out.extend(f"- {s}" for s in sections[name])
        return "\n".join(out)


class Changelog(Controller):
    class Meta:
        label = "changelog"
        stacked_type = "nested"
        stacked_on = "base"
        help = "draft changelogs from git history"
        arguments = [
            (["--repo"], {"help": "path to git repo", "default": "."}),
        ]

    def _commits(self, since):
        since = since or latest_tag(self.app.pargs.repo)
        commits = [c for c in commits_between(since, repo=self.app.pargs.repo) if not is_chore(c["subject"])]
        self.app.log.info("%d commits since %s" % (len(commits), since))
        return commits

    @ex(
        help="draft a changelog with the OpenAI Responses API",
        arguments=[
            (["version"], {"help": "version being released"}),
            (["--since"], {"help": "tag or sha to start from"}),
            (["--no-llm"], {"action": "store_true", "dest": "no_llm"}),
            (["--out"], {"help": "write to file instead of stdout"}),
        ],
    )
    def draft(self):
        commits = self._commits(self.app.pargs.since)
        if self.app.pargs.no_llm:
            text = ChangelogFormatter(self.app.pargs.version).generate(commits)
        else:
            client = get_openai_client()
            resp = client.responses.create(
                model=self.app.config.get("opsbot", "openai_smart_model"),
                instructions=CHANGELOG_SYSTEM,
                input=changelog_prompt(commits, self.app.pargs.version),
                temperature=0.3,
            )
            text = resp.output_text
        if self.app.pargs.out:
            with open(self.app.pargs.out, "w") as fh:
                fh.write(text + "\n")
            self.app.log.info("wrote %s" % self.app.pargs.out)
        else:
            print(text)

    # TODO(kfischer): finish moving `draft` onto the registry so --provider works
    # everywhere; only `draft2` uses it for now.
    @ex(
        help="draft a changelog with any provider (experimental)",
        arguments=[
            (["version"], {"help": "version being released"}),
            (["--since"], {"help": "tag or sha to start from"}),
            (["--provider"], {"choices": ["litellm", "anthropic"], "default": "litellm"}),
        ],
    )
    def draft2(self):
        commits = self._commits(self.app.pargs.since)
        prompt = changelog_prompt(commits, self.app.pargs.version)
        provider = self.app.pargs.provider
        model = default_model(provider, self.app.config)
        if provider == "anthropic":
            msg = client_for("anthropic").messages.create(
                model=model,
                max_tokens=2000,
                system=CHANGELOG_SYSTEM,
                messages=[{"role": "user", "content": prompt}],
            )
            text = msg.content[0].text
        else:
            resp = COMPLETERS["litellm"](
                model=model,
                messages=[
                    {"role": "system", "content": CHANGELOG_SYSTEM},
                    {"role": "user", "content": prompt},
                ],
            )
            text = resp.choices[0].message.content
        print(text)

    @ex(
        help="release notes for customers (tracked)",
        arguments=[(["version"], {}), (["--since"], {})],
    )
    def notes(self):
        commits = self._commits(self.app.pargs.since)
        text = asyncio.run(
            multi_model_service.generate_response(
                prompt="Rewrite for non-technical customers:\n" + changelog_prompt(commits, self.app.pargs.version),
                task_type="release_notes",
                complexity=TaskComplexity.SIMPLE,
            )
        )
        self.app.render({"version": self.app.pargs.version, "notes": text, "user": os.environ.get("USER")}, "notes.jinja2")
