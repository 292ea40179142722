from typing import Optional

from airflow.hooks.base import BaseHook
from fireworks import Fireworks


class FireworksHook(BaseHook):
    conn_name_attr = "fireworks_conn_id"
    default_conn_name = "fireworks_default"
    conn_type = "generic"
    hook_name = "Fireworks AI"

    def __init__(self, fireworks_conn_id: str = default_conn_name):
        super().__init__()
        self.fireworks_conn_id = fireworks_conn_id
        self._client: Optional[Fireworks] = None

    @property
    def account_id(self) -> str:
        return self.get_connection(self.fireworks_conn_id).login or "catalogue-platform"

    def get_conn(self) -> Fireworks:
        if self._client is None:
            conn = self.get_connection(self.fireworks_conn_id)
            self._client = Fireworks(api_key=conn.password, account_id=conn.login or None)
        return self._client
