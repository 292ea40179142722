"""Optional output screening: run rendered text through OpenAI moderation.

Enable with `plugin.moderation: {enabled: true}` in ~/.opsbot.yml.
"""


def screen_output(app, out_text):
    if not app.config.get("opsbot", "moderate_output"):
        return out_text
    if not out_text:
        return out_text
    result = app.llm.openai.moderations.create(
        model="omni-moderation-latest",
        input=out_text[:10000],
    )
    if result.results and result.results[0].flagged:
        app.log.warning("rendered output was flagged by moderation; redacting")
        return "[redacted by opsbot moderation]"
    return out_text


def load(app):
    app.hook.register("post_render", screen_output)
