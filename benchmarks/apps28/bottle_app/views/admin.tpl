% rebase('base.tpl')
<h2>Admin</h2>
<p>Queue: {{queue_size}} - processed: {{processed}}</p>
<table>% for provider, cost in projection.items():
<tr><td>{{provider}}</td><td>${{cost}}</td></tr>
% end
</table>
<p>Providers: {{', '.join(providers)}}</p>
