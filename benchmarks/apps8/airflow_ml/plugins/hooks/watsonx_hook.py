from typing import Optional

from airflow.hooks.base import BaseHook
from ibm_watsonx_ai import APIClient, Credentials
from ibm_watsonx_ai.foundation_models import Embeddings, ModelInference
from ibm_watsonx_ai.metanames import GenTextParamsMetaNames as GenParams


class WatsonxHook(BaseHook):
    """Connection: host = regional URL, password = IBM Cloud API key, extra.project_id."""

    conn_name_attr = "watsonx_conn_id"
    default_conn_name = "watsonx_default"
    conn_type = "generic"
    hook_name = "IBM watsonx.ai"

    def __init__(self, watsonx_conn_id: str = default_conn_name, project_id: Optional[str] = None):
        super().__init__()
        self.watsonx_conn_id = watsonx_conn_id
        self._project_id = project_id
        self._client: Optional[APIClient] = None

    def get_conn(self) -> APIClient:
        if self._client is None:
            conn = self.get_connection(self.watsonx_conn_id)
            credentials = Credentials(url=conn.host or "https://eu-de.ml.cloud.ibm.com", api_key=conn.password)
            project_id = self._project_id or conn.extra_dejson.get("project_id")
            self._client = APIClient(credentials, project_id=project_id)
        return self._client

    def get_model_inference(self, model_id: str, params: Optional[dict] = None) -> ModelInference:
        return ModelInference(model_id=model_id, api_client=self.get_conn(), params=params)

    def get_embeddings(self, model_id: str) -> Embeddings:
        return Embeddings(model_id=model_id, api_client=self.get_conn())

    def test_connection(self):
        try:
            model = ModelInference(model_id="ibm/granite-3-8b-instruct", api_client=self.get_conn())
            model.generate_text(prompt="ping", params={GenParams.MAX_NEW_TOKENS: 1})
            return True, "watsonx.ai reachable"
        except Exception as exc:  # noqa: BLE001
            return False, str(exc)
