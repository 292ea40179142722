# -*- coding: utf-8 -*-
"""GeoScribe QGIS plugin entry point."""


def classFactory(iface):  # pylint: disable=invalid-name
    """Load the GeoScribe plugin class.

    :param iface: A QGIS interface instance.
    :type iface: QgsInterface
    """
    from .plugin import GeoScribePlugin

    return GeoScribePlugin(iface)
