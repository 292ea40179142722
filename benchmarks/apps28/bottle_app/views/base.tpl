<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>PolicyPal</title>
<link rel="stylesheet" href="/static/site.css"></head>
<body><header><h1>PolicyPal</h1></header><main>{{!base}}</main></body></html>
