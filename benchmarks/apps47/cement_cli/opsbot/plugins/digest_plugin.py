"""`opsbot digest ...` commands. Loaded as a plugin so ops can disable it."""
from cement import Controller, ex

from ..core import get_bedrock_runtime
from ..pipelines import DailyDigest, Explainer
from ..pipelines.bedrock_batch import invoke_claude, stream_claude, titan_embed


class DigestController(Controller):
    class Meta:
        label = "digest"
        stacked_type = "nested"
        stacked_on = "base"
        help = "daily digests and error explanations"

    @ex(
        help="build the daily digest from /var/log/services/*/current.log",
        arguments=[
            (["--root"], {"default": "/var/log/services"}),
            (["--untracked"], {"action": "store_true"}),
            (["--out-dir"], {"dest": "out_dir", "default": None, "help": "also write Markdown/JSON here"}),
        ],
    )
    def daily(self):
        digest = DailyDigest(self.app.router, self.app.log, model=self.app.config.get("opsbot", "litellm_model"))
        headline, body = digest.run(self.app.pargs.root, tracked=not self.app.pargs.untracked)
        if self.app.pargs.out_dir:
            digest.write_report(headline, body, self.app.pargs.out_dir)
        self.app.render({"headline": headline, "body": body}, "digest.jinja2")

    @ex(help="explain an error signature", arguments=[(["error_file"], {})])
    def explain(self):
        explainer = Explainer(
            self.app.llm.anthropic,
            self.app.llm.openai,
            model=self.app.config.get("opsbot", "anthropic_model"),
        )
        with open(self.app.pargs.error_file) as fh:
            print(explainer.explain(fh.read()))

    @ex(help="explain via raw Bedrock InvokeModel", arguments=[(["error_file"], {}), (["--stream"], {"action": "store_true"})])
    def bedrock(self):
        runtime = get_bedrock_runtime(self.app.config.get("opsbot", "aws_region"))
        model_id = self.app.config.get("opsbot", "bedrock_model")
        with open(self.app.pargs.error_file) as fh:
            prompt = "Explain this error:\n" + fh.read()[:20000]
        if self.app.pargs.stream:
            for piece in stream_claude(runtime, model_id, prompt):
                print(piece, end="", flush=True)
            print()
        else:
            text, usage = invoke_claude(runtime, model_id, prompt)
            self.app.log.debug("usage: %s" % usage)
            print(text)

    @ex(help="embed error signatures with Titan", arguments=[(["files"], {"nargs": "+"})])
    def titan(self):
        runtime = get_bedrock_runtime(self.app.config.get("opsbot", "aws_region"))
        texts = []
        for p in self.app.pargs.files:
            with open(p) as fh:
                texts.append(fh.read())
        vecs = titan_embed(runtime, texts)
        self.app.log.info("embedded %d files (dim=%d)" % (len(vecs), len(vecs[0]) if vecs else 0))


def load(app):
    app.handler.register(DigestController)
