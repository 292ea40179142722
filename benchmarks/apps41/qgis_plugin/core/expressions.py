"""Natural language -> QGIS expression."""
import logging

from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

from .clients import get_anthropic_client, get_openai_client
from .prompts import SYSTEM_EXPRESSION, expression_prompt, strip_code_fence
from . import settings

log = logging.getLogger(__name__)

MAX_REPAIR_ROUNDS = 2


class ExpressionResult:
    def __init__(self, text, valid, error=""):
        self.text = text
        self.valid = valid
        self.error = error

    def __bool__(self):
        return self.valid


def validate(text, layer=None):
    expr = QgsExpression(text)
    if expr.hasParserError():
        return ExpressionResult(text, False, expr.parserErrorString())
    if layer is not None:
        ctx = QgsExpressionContext()
        ctx.appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        expr.prepare(ctx)
        if expr.hasEvalError():
            return ExpressionResult(text, False, expr.evalErrorString())
    return ExpressionResult(text, True)


def _ask_openai(prompt):
    client = get_openai_client()
    response = client.responses.create(
        model=settings.model_for("openai"),
        instructions=SYSTEM_EXPRESSION,
        input=prompt,
        max_output_tokens=300,
    )
    return response.output_text


def _ask_anthropic(prompt):
    message = get_anthropic_client().messages.create(
        model=settings.model_for("anthropic"),
        max_tokens=300,
        system=SYSTEM_EXPRESSION,
        messages=[{"role": "user", "content": prompt}],
    )
    return message.content[0].text


def write_expression(request, layer, provider=None):
    provider = provider or settings.active_provider()
    fields = layer.fields().names() if layer is not None else []
    prompt = expression_prompt(request, fields)
    ask = _ask_anthropic if provider == "anthropic" else _ask_openai

    text = strip_code_fence(ask(prompt))
    result = validate(text, layer)
    rounds = 0
    while not result and rounds < MAX_REPAIR_ROUNDS:
        rounds += 1
        log.info("Expression invalid (%s), asking for a fix", result.error)
        prompt = "{}\n\nYour previous answer `{}` failed: {}. Fix it.".format(
            prompt, result.text, result.error
        )
        text = strip_code_fence(ask(prompt))
        result = validate(text, layer)
    return result
