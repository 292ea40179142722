from __future__ import annotations

import litserve as ls
from openai import OpenAI

from config import get_settings


class ModerationAPI(ls.LitAPI):
    def __init__(self):
        super().__init__(max_batch_size=16, batch_timeout=0.05, api_path="/moderate")

    def setup(self, device):
        s = get_settings()
        self.model = s.moderation_model
        self.client = OpenAI(api_key=s.keys.openai_api_key.get_secret_value())

    def decode_request(self, request):
        return request["text"]

    def batch(self, inputs):
        return list(inputs)

    def predict(self, texts):
        resp = self.client.moderations.create(model=self.model, input=texts)
        return [
            {"flagged": r.flagged, "categories": r.categories.model_dump()}
            for r in resp.results
        ]

    def unbatch(self, output):
        return list(output)

    def encode_response(self, output):
        return output
