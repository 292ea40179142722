"""Legacy watsonx endpoints from the IBM pilot. Builds its own model objects."""
import os

import cherrypy
from ibm_watsonx_ai import Credentials
from ibm_watsonx_ai.foundation_models import Embeddings, ModelInference


def _creds():
    return Credentials(
        url=os.environ.get("WATSONX_URL", "https://us-south.ml.cloud.ibm.com"),
        api_key=os.environ["WATSONX_APIKEY"],
    )


class WatsonPilot:
    def __init__(self):
        self.project_id = os.environ.get("WATSONX_PROJECT_ID")

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def complete(self, prompt, model_id="ibm/granite-13b-instruct-v2"):
        model = ModelInference(model_id=model_id, credentials=_creds(), project_id=self.project_id)
        answer = model.generate_text(prompt=prompt, params={"max_new_tokens": 200})
        return {"text": answer}

    @cherrypy.expose
    def chat(self, message, model_id="ibm/granite-3-8b-instruct"):
        model = ModelInference(model_id=model_id, credentials=_creds(), project_id=self.project_id)

        def gen():
            for chunk in model.chat_stream(messages=[{"role": "user", "content": message}]):
                choices = chunk.get("choices") or []
                if choices and choices[0]["delta"].get("content"):
                    yield choices[0]["delta"]["content"].encode("utf-8")
        return gen()

    chat._cp_config = {"response.stream": True}

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def embed(self, text):
        emb = Embeddings(
            model_id="ibm/slate-125m-english-rtrvr",
            credentials=_creds(),
            project_id=self.project_id,
        )
        return {"vector": emb.embed_query(text)}

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def model_info(self, model_id="ibm/granite-13b-instruct-v2"):
        model = ModelInference(model_id=model_id, credentials=_creds(), project_id=self.project_id)
        return model.get_details()
