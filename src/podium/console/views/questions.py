"""Custom questions of an event, edited as one list."""

from podium.console.access import event_view
from podium.console.forms.program import QuestionFormSet
from podium.console.views import edit_list


@event_view
def questions(request, event):
    return edit_list(
        request,
        event,
        QuestionFormSet,
        name="questions",
        title="Questions",
        intro="Custom questions answered per session or per speaker. Answers are entered "
        "on each session's or speaker's page. Deleting a question deletes its answers.",
    )
