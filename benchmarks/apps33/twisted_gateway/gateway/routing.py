"""Fast path: short prompts go to Groq, everything else to OpenAI."""
from twisted.logger import Logger

from gateway.providers import get_async_groq, get_async_openai
from gateway.util.tokens import count_openai_tokens

SHORT_PROMPT_TOKENS = 400


class CircuitBreaker(object):
    """Trips after `threshold` consecutive failures for `cooldown` seconds."""

    def __init__(self, clock, threshold=5, cooldown=30.0):
        self.clock = clock
        self.threshold = threshold
        self.cooldown = cooldown
        self.failures = 0
        self.opened_at = None

    def allow(self):
        if self.opened_at is None:
            return True
        if self.clock.seconds() - self.opened_at > self.cooldown:
            self.opened_at = None
            self.failures = 0
            return True
        return False

    def record(self, ok):
        if ok:
            self.failures = 0
            return
        self.failures += 1
        if self.failures >= self.threshold:
            self.opened_at = self.clock.seconds()


class FastRouter(object):
    log = Logger()

    def __init__(self, settings, groq=None, openai=None):
        self.settings = settings
        self.groq = groq or get_async_groq()
        self.openai = openai or get_async_openai()
        from twisted.internet import reactor
        self.breaker = CircuitBreaker(reactor)

    def _pick(self, prompt):
        n = count_openai_tokens([{"role": "user", "content": prompt}])
        if self.settings.feature_flags.get("groq_fast_path") and n < SHORT_PROMPT_TOKENS:
            if self.breaker.allow():
                return "groq"
        return "openai"

    async def answer(self, prompt, system="Answer concisely."):
        messages = [{"role": "system", "content": system},
                    {"role": "user", "content": prompt}]
        target = self._pick(prompt)
        self.log.debug("routing to {target}", target=target)
        if target == "groq":
            try:
                resp = await self.groq.chat.completions.create(
                    model=self.settings.groq_model, messages=messages, max_tokens=512)
                self.breaker.record(True)
                return resp.choices[0].message.content
            except Exception:
                self.breaker.record(False)
                self.log.failure("groq failed, falling back to openai")
        resp = await self.openai.chat.completions.create(
            model=self.settings.default_chat_model, messages=messages)
        return resp.choices[0].message.content
