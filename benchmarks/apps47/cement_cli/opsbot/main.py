import os

from cement import App, TestApp, init_defaults
from cement.core.exc import CaughtSignal

from .controllers.base import Base
from .controllers.changelog import Changelog
from .controllers.incidents import Incidents
from .controllers.logs import Logs
from .controllers.models import Models
from .controllers.search import Search
from .controllers.models import Usage
from .core.exc import OpsBotError
from .core.hooks import (
    check_keys,
    close_clients,
    extend_llm,
    extend_router,
    log_command,
    render_footer,
)

# configuration defaults
CONFIG = init_defaults("opsbot", "log.colorlog", "slack", "plugin.digest_plugin", "plugin.slack_notify", "plugin.moderation")
CONFIG["opsbot"]["openai_model"] = "gpt-4o-mini"
CONFIG["opsbot"]["openai_smart_model"] = "gpt-4o"
CONFIG["opsbot"]["anthropic_model"] = "claude-3-5-sonnet-20241022"
CONFIG["opsbot"]["bedrock_model"] = "anthropic.claude-3-5-sonnet-20240620-v1:0"
CONFIG["opsbot"]["bedrock_fast_model"] = "anthropic.claude-3-haiku-20240307-v1:0"
CONFIG["opsbot"]["cohere_model"] = "embed-english-v3.0"
CONFIG["opsbot"]["cohere_chat_model"] = "command-r-plus-08-2024"
CONFIG["opsbot"]["cohere_rerank_model"] = "rerank-english-v3.0"
CONFIG["opsbot"]["litellm_model"] = "gpt-4o-mini"
CONFIG["opsbot"]["litellm_smart_model"] = "anthropic/claude-3-5-sonnet-20241022"
CONFIG["opsbot"]["aws_region"] = "us-east-1"
CONFIG["opsbot"]["max_chunk_tokens"] = 6000
CONFIG["opsbot"]["moderate_output"] = False
CONFIG["opsbot"]["track_usage"] = True
CONFIG["log.colorlog"]["level"] = "INFO"
CONFIG["slack"]["channel"] = "#ops-bot"
CONFIG["slack"]["token"] = None
CONFIG["plugin.digest_plugin"]["enabled"] = True
CONFIG["plugin.slack_notify"]["enabled"] = True
CONFIG["plugin.moderation"]["enabled"] = False


class OpsBot(App):
    """Ops assistant primary application."""

    class Meta:
        label = "opsbot"

        # configuration defaults
        config_defaults = CONFIG

        # call sys.exit() on close
        exit_on_close = True

        # load additional framework extensions
        extensions = [
            "yaml",
            "colorlog",
            "jinja2",
        ]

        # configuration handler
        config_handler = "yaml"

        # configuration file suffix
        config_file_suffix = ".yml"

        # set the log handler
        log_handler = "colorlog"

        # set the output handler
        output_handler = "jinja2"

        template_dirs = [
            "~/.opsbot/templates",
            os.path.join(os.path.dirname(__file__), "templates"),
        ]

        plugin_dirs = ["~/.opsbot/plugins"]

        # register handlers
        handlers = [
            Base,
            Logs,
            Incidents,
            Changelog,
            Search,
            Models,
            Usage,
        ]

        hooks = [
            ("post_setup", check_keys),
            ("post_setup", extend_llm),
            ("post_setup", extend_router),
            ("pre_run", log_command),
            ("post_render", render_footer),
            ("pre_close", close_clients),
        ]


class OpsBotTest(TestApp, OpsBot):
    """A sub-class of OpsBot that is better suited for testing."""

    class Meta:
        label = "opsbot"
        hooks = []


def main():
    with OpsBot() as app:
        try:
            app.run()

        except AssertionError as e:
            print("AssertionError > %s" % e.args[0])
            app.exit_code = 1

            if app.debug is True:
                import traceback

                traceback.print_exc()

        except OpsBotError as e:
            print("OpsBotError > %s" % e.args[0])
            app.exit_code = 1

            if app.debug is True:
                import traceback

                traceback.print_exc()

        except CaughtSignal as e:
            # Default Cement signals are SIGINT and SIGTERM, exit 0 (non-error)
            print("\n%s" % e)
            app.exit_code = 0


if __name__ == "__main__":
    main()
