#!/usr/bin/env python
# vim:fileencoding=UTF-8:ts=4:sw=4:sta:et:sts=4:ai
"""Assorted GUI helpers, copied in spirit from kiwidude's common_utils."""

__license__ = 'GPL v3'

import os

from qt.core import QIcon, QPixmap, QDialog, QDialogButtonBox, QVBoxLayout, QProgressDialog, Qt

from calibre.constants import numeric_version as calibre_version
from calibre.gui2 import error_dialog, info_dialog
from calibre.utils.config import config_dir

plugin_icon_resources = {}
plugin_name = None


def set_plugin_icon_resources(name, resources):
    global plugin_icon_resources, plugin_name
    plugin_name = name
    plugin_icon_resources = resources


def get_icon(icon_name):
    if not icon_name:
        return QIcon()
    pixmap = get_pixmap(icon_name)
    if pixmap is None:
        return QIcon.ic(icon_name)
    return QIcon(pixmap)


def get_pixmap(icon_name):
    global plugin_icon_resources, plugin_name
    if not icon_name.startswith('images/'):
        pixmap = QPixmap()
        pixmap.load(I(icon_name))
        return pixmap
    if plugin_name:
        local_images_dir = os.path.join(config_dir, 'resources', 'images', plugin_name)
        local_image_path = os.path.join(local_images_dir, icon_name.replace('images/', ''))
        if os.path.exists(local_image_path):
            pixmap = QPixmap()
            pixmap.load(local_image_path)
            return pixmap
    if icon_name in plugin_icon_resources:
        pixmap = QPixmap()
        pixmap.loadFromData(plugin_icon_resources[icon_name])
        return pixmap
    return None


def selected_book_ids(gui):
    rows = gui.library_view.selectionModel().selectedRows()
    if not rows:
        return []
    return list(map(gui.library_view.model().id, rows))


def require_selection(gui, what=_('process')):
    ids = selected_book_ids(gui)
    if not ids:
        error_dialog(gui, _('No books selected'),
                     _('Select one or more books to %s.') % what, show=True)
    return ids


def report(gui, title, msg, det_msg=''):
    info_dialog(gui, title, msg, det_msg=det_msg, show=True, show_copy_button=bool(det_msg))


class SizePersistedDialog(QDialog):

    def __init__(self, parent, unique_pref_name):
        QDialog.__init__(self, parent)
        self.unique_pref_name = unique_pref_name
        self.geom = None
        self.finished.connect(self.dialog_closing)

    def resize_dialog(self):
        from calibre.gui2 import gprefs
        self.geom = gprefs.get(self.unique_pref_name, None)
        if self.geom is None:
            self.resize(self.sizeHint())
        else:
            self.restoreGeometry(self.geom)

    def dialog_closing(self, result):
        from calibre.gui2 import gprefs
        gprefs[self.unique_pref_name] = bytearray(self.saveGeometry())


class ProgressBar(QProgressDialog):

    def __init__(self, parent, label, maximum):
        QProgressDialog.__init__(self, label, _('Cancel'), 0, maximum, parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(500)

    def step(self, n=1):
        self.setValue(self.value() + n)


def calibre_at_least(*version):
    return calibre_version >= version
