from typing import Optional

from airflow.hooks.base import BaseHook
from together import Together


class TogetherHook(BaseHook):
    conn_name_attr = "together_conn_id"
    default_conn_name = "together_default"
    conn_type = "generic"
    hook_name = "Together AI"

    def __init__(self, together_conn_id: str = default_conn_name, timeout: float = 120.0):
        super().__init__()
        self.together_conn_id = together_conn_id
        self.timeout = timeout
        self._client: Optional[Together] = None

    def get_conn(self) -> Together:
        if self._client is None:
            conn = self.get_connection(self.together_conn_id)
            self._client = Together(api_key=conn.password, timeout=self.timeout)
        return self._client
