# -*- coding: utf-8 -*-
import xbmcgui
import xbmcplugin

from resources.lib import kodiutils


def add_folder(handle, url, label, icon=None, plot=None):
    li = xbmcgui.ListItem(label=label)
    if icon:
        li.setArt({"icon": icon, "thumb": icon})
    if plot:
        li.getVideoInfoTag().setPlot(plot)
    xbmcplugin.addDirectoryItem(handle, url, li, isFolder=True)


def add_action(handle, url, label, plot=None):
    li = xbmcgui.ListItem(label=label)
    li.setProperty("IsPlayable", "false")
    if plot:
        li.getVideoInfoTag().setPlot(plot)
    xbmcplugin.addDirectoryItem(handle, url, li, isFolder=False)


def add_movie(handle, url, movie, extra_plot=None):
    li = xbmcgui.ListItem(label=movie.get("title", "?"))
    tag = li.getVideoInfoTag()
    tag.setTitle(movie.get("title", ""))
    tag.setYear(int(movie.get("year") or 0))
    tag.setPlot(extra_plot or movie.get("plot", ""))
    tag.setMediaType("movie")
    li.setProperty("IsPlayable", "true")
    xbmcplugin.addDirectoryItem(handle, url, li, isFolder=False)


def finish(handle, content="videos", cache=True):
    xbmcplugin.setContent(handle, content)
    xbmcplugin.endOfDirectory(handle, cacheToDisc=cache)


def fail(handle):
    xbmcplugin.endOfDirectory(handle, succeeded=False)
    kodiutils.log("directory listing failed")
