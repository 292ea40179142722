"""KServe transformer that screens inputs with OpenAI moderation before
forwarding to the predictor named by --predictor_host."""
from __future__ import annotations

import argparse
import logging
from typing import Dict

import kserve
from kserve.errors import InvalidInput

from serving_common import get_openai_client

logger = logging.getLogger(__name__)


class ModerationTransformer(kserve.Model):
    def __init__(self, name: str, predictor_host: str, protocol: str = "v1") -> None:
        super().__init__(name)
        self.predictor_host = predictor_host
        self.protocol = protocol
        self.moderation = get_openai_client().moderations
        self.ready = True

    def preprocess(self, payload: Dict, headers: Dict[str, str] = None) -> Dict:
        texts = [i if isinstance(i, str) else i.get("prompt", "") for i in payload.get("instances", [])]
        if not texts:
            return payload
        result = self.moderation.create(model="omni-moderation-latest", input=texts)
        flagged = [i for i, r in enumerate(result.results) if r.flagged]
        if flagged:
            logger.info("blocked %d/%d instances", len(flagged), len(texts))
            raise InvalidInput(f"instances {flagged} rejected by content policy")
        return payload

    def postprocess(self, response: Dict, headers: Dict[str, str] = None) -> Dict:
        return response


parser = argparse.ArgumentParser(parents=[kserve.model_server.parser])
parser.add_argument("--predictor_host", required=True)

if __name__ == "__main__":
    args, _ = parser.parse_known_args()
    transformer = ModerationTransformer(args.model_name, predictor_host=args.predictor_host)
    kserve.ModelServer().start([transformer])
