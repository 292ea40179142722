"""Art Muse — AI art assistant plugin for Krita."""
from krita import DockWidgetFactory, DockWidgetFactoryBase, Krita

from .docker import ArtMuseDocker
from .extension import ArtMuseExtension

DOCKER_ID = "pykrita_art_muse_docker"

app = Krita.instance()
app.addExtension(ArtMuseExtension(app))
app.addDockWidgetFactory(
    DockWidgetFactory(DOCKER_ID, DockWidgetFactoryBase.DockRight, ArtMuseDocker)
)
