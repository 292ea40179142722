# Legacy keywords from the 2023 hackathon. Module-level openai client, static
# keyword functions. Still imported by suites/legacy/*.robot -- see QA-412.
import functools
import os

import openai
from robot.api.deco import keyword

openai.api_key = os.getenv("OPENAI_API_KEY")

DEFAULT_MODEL = os.getenv("LEGACY_GPT_MODEL", "gpt-3.5-turbo")

_ask_gpt = functools.partial(openai.chat.completions.create, model=DEFAULT_MODEL, temperature=0)


class GPTKeywords(object):
    ROBOT_LIBRARY_SCOPE = "TEST SUITE"

    @keyword
    def gpt_should_answer_yes(self, question):
        resp = _ask_gpt(messages=[{"role": "user", "content": question + " Answer yes or no."}])
        answer = resp.choices[0].message.content.strip().lower()
        if not answer.startswith("yes"):
            raise AssertionError("GPT said: %s" % answer)

    @keyword
    def gpt_complete(self, prompt, max_tokens=100):
        resp = openai.completions.create(
            model="gpt-3.5-turbo-instruct", prompt=prompt, max_tokens=int(max_tokens)
        )
        return resp.choices[0].text

    @keyword
    def gpt_generate_avatar(self, description):
        img = openai.images.generate(model="dall-e-3", prompt=description, size="1024x1024", n=1)
        return img.data[0].url

    @keyword
    def gpt_list_models(self):
        return [m.id for m in openai.models.list()]
