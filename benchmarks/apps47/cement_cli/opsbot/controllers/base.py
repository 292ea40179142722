from cement import Controller, ex
from cement.utils.version import get_version_banner

from ..core.version import get_version

VERSION_BANNER = """
Ops assistant: summarise logs, explain incidents, draft changelogs %s
%s
""" % (get_version(), get_version_banner())


class Base(Controller):
    class Meta:
        label = "base"

        # text displayed at the top of --help output
        description = "Ops assistant: summarise logs, explain incidents, draft changelogs"

        # text displayed at the bottom of --help output
        epilog = "Usage: opsbot logs summarize /var/log/app.log"

        # controller level arguments. ex: 'opsbot --version'
        arguments = [
            (["-v", "--version"], {"action": "version", "version": VERSION_BANNER}),
        ]

    def _default(self):
        """Default action if no sub-command is passed."""
        self.app.args.print_help()

    @ex(
        help="ask a free-form ops question (streams from Cohere Command R+)",
        arguments=[
            (["question"], {"help": "the question", "nargs": "+"}),
            (["--context-file"], {"help": "optional file to include as context", "dest": "context_file"}),
        ],
    )
    def ask(self):
        question = " ".join(self.app.pargs.question)
        docs = []
        if self.app.pargs.context_file:
            with open(self.app.pargs.context_file) as fh:
                docs.append({"data": {"title": self.app.pargs.context_file, "snippet": fh.read()[:8000]}})
        co = self.app.llm.cohere
        stream = co.chat_stream(
            model=self.app.config.get("opsbot", "cohere_chat_model"),
            messages=[{"role": "user", "content": question}],
            documents=docs or None,
        )
        for event in stream:
            if event.type == "content-delta":
                print(event.delta.message.content.text, end="", flush=True)
        print()

    @ex(help="show configured models")
    def config(self):
        data = {"models": self.app.llm.describe(), "region": self.app.config.get("opsbot", "aws_region")}
        self.app.render(data, "config.jinja2")

    @ex(help="check that API keys work (free calls only)")
    def doctor(self):
        from ..core.clients import openai_healthcheck

        self.app.log.info("openai models: %s" % openai_healthcheck(self.app.llm.openai))
        tok = self.app.llm.cohere.tokenize(text="hello opsbot", model=self.app.config.get("opsbot", "cohere_chat_model"))
        self.app.log.info("cohere tokenize ok (%d tokens)" % len(tok.tokens))
