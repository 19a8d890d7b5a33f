/* global URLSearchParams, location, document */
// Where Entra's admin-consent endpoint sends the admin back (a redirect URI of both registrations).
// Says in words what happened; every value is shown as text, never as HTML.
const params = new URLSearchParams(location.search);
const outcome = document.getElementById("outcome");
if (params.get("admin_consent") === "True") {
  outcome.textContent = `Consent granted for tenant ${params.get("tenant") ?? "(unknown)"}. ` +
    "If this was the API's registration, open the add-in's consent link next; then assign people the MentorScheduler.Admin role.";
} else if (params.get("error")) {
  outcome.textContent = `Consent was not granted: ${params.get("error_description") ?? params.get("error")}`;
} else {
  outcome.textContent = "This page shows the result of granting MentorScheduler admin consent. Open it from the consent link the manifest command printed.";
}
