from django.urls import path

from podium.photos import views

app_name = "photos"

urlpatterns = [path("<str:name>", views.photo, name="photo")]
