import re

from django.urls import reverse


def test_stylesheet_and_script_served_by_podium(client, db):
    for path in ["/static/console/console.css", "/static/console/console.js"]:
        response = client.get(path)
        assert (path, response.status_code) == (path, 200)


def test_console_pages_load_nothing_from_elsewhere(console, event):
    for url in [reverse("console:login"), reverse("console:event", args=["conf"])]:
        content = console.get(url).content.decode()
        external = re.findall(r'(?:src|href)="((?:https?:)?//[^"]*)"', content)
        assert (url, external) == (url, [])


def test_console_pages_fit_phones(console, event):
    content = console.get(reverse("console:events")).content.decode()
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in content


def test_event_menu_marks_current_section(console, event):
    content = console.get(reverse("console:session-create", args=["conf"])).content.decode()
    assert '<a href="/console/events/conf/sessions/" aria-current="page">Sessions</a>' in content
    assert content.count('aria-current="page"') == 1
