# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
from trytond.model import ModelSingleton, ModelSQL, ModelView, fields
from trytond.pool import Pool
from trytond.pyson import Eval
from trytond.transaction import Transaction

PROVIDERS = [
    ('openai', "OpenAI"),
    ('anthropic', "Anthropic"),
    ('google', "Google Gemini"),
    ('cohere', "Cohere"),
    ('watsonx', "IBM watsonx.ai"),
    ]


class AIConfiguration(ModelSingleton, ModelSQL, ModelView):
    "AI Assist Configuration"
    __name__ = 'ai.configuration'

    provider = fields.Selection(PROVIDERS, "Provider", required=True)
    default_model = fields.Char("Default Model",
        help="Leave empty to use the provider default.")
    temperature = fields.Float("Temperature", digits=(1, 2))
    max_tokens = fields.Integer("Max Tokens")
    openai_api_key = fields.Char("OpenAI API Key", strip=True)
    anthropic_api_key = fields.Char("Anthropic API Key", strip=True)
    google_api_key = fields.Char("Google API Key", strip=True)
    cohere_api_key = fields.Char("Cohere API Key", strip=True)
    watsonx_api_key = fields.Char("watsonx API Key", strip=True)
    watsonx_project_id = fields.Char("watsonx Project",
        states={'required': Eval('provider') == 'watsonx'})
    watsonx_url = fields.Char("watsonx URL")
    track_usage = fields.Boolean("Track Usage",
        help="Record token usage of every request in the usage log.")
    description_language = fields.Many2One('ir.lang', "Description Language")

    @classmethod
    def default_provider(cls):
        return 'openai'

    @classmethod
    def default_temperature(cls):
        return 0.3

    @classmethod
    def default_max_tokens(cls):
        return 800

    @classmethod
    def default_track_usage(cls):
        return True

    @classmethod
    def default_watsonx_url(cls):
        return 'https://us-south.ml.cloud.ibm.com'

    @classmethod
    def write(cls, *args):
        super().write(*args)
        # clients are cached per database in llm.py
        from . import llm
        llm.clear_client_cache()

    def model_for(self, provider=None):
        provider = provider or self.provider
        if self.default_model and provider == self.provider:
            return self.default_model
        return {
            'openai': 'gpt-4o-mini',
            'anthropic': 'claude-3-5-sonnet-20241022',
            'google': 'gemini-2.0-flash',
            'cohere': 'command-r-plus-08-2024',
            'watsonx': 'ibm/granite-3-8b-instruct',
            }[provider]

    @classmethod
    def get_singleton(cls):
        "Shortcut used by the non-model helpers"
        return cls(1)


class AIUsageLog(ModelSQL, ModelView):
    "AI Usage Log"
    __name__ = 'ai.usage.log'

    provider = fields.Char("Provider", readonly=True)
    model = fields.Char("Model", readonly=True)
    feature = fields.Char("Feature", readonly=True)
    input_tokens = fields.Integer("Input Tokens", readonly=True)
    output_tokens = fields.Integer("Output Tokens", readonly=True)
    cost = fields.Numeric("Cost", digits=(16, 6), readonly=True)
    user = fields.Many2One('res.user', "User", readonly=True)
    duration = fields.Float("Duration", readonly=True)
    error = fields.Text("Error", readonly=True)

    @classmethod
    def __setup__(cls):
        super().__setup__()
        cls._order.insert(0, ('create_date', 'DESC'))

    @classmethod
    def record(cls, **values):
        values.setdefault('user', Transaction().user)
        log, = cls.create([values])
        return log


def get_config():
    "Return the ai.configuration singleton of the current database"
    Configuration = Pool().get('ai.configuration')
    return Configuration(1)
