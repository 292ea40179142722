from backoffice.clients.bundle import ClientBundle, build_client_bundle

__all__ = ["ClientBundle", "build_client_bundle"]
