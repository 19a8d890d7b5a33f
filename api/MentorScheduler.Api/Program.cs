using System.Text.Json;
using System.Text.Json.Serialization;
using MentorScheduler.Api.Addin;
using MentorScheduler.Api.Admin;
using MentorScheduler.Api.Agendas;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Evaluations;
using MentorScheduler.Api.Graph;
using MentorScheduler.Api.Health;
using MentorScheduler.Api.Identity;
using MentorScheduler.Api.Infrastructure;
using MentorScheduler.Api.Mail;
using MentorScheduler.Api.Mentors;
using MentorScheduler.Api.Notes;
using MentorScheduler.Api.Notifications;
using MentorScheduler.Api.Record;
using MentorScheduler.Api.Relationships;
using MentorScheduler.Api.Scheduling;
using MentorScheduler.Api.Simulation;
using MentorScheduler.Api.Telemetry;
using Microsoft.AspNetCore.HttpOverrides;

// `manifest …` renders the production add-in manifest to standard output and exits; no web host.
if (args is ["manifest", ..])
    return ManifestCommand.Run(args);

var builder = WebApplication.CreateBuilder(args);

// The contract's default address when neither --urls nor ASPNETCORE_URLS says otherwise.
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
    builder.WebHost.UseUrls("http://localhost:5080");

// Simulated only in Development or when Graph:Mode says so; a deployment without the key refuses to start.
var mode = builder.Configuration.GraphMode(builder.Environment);

builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    // No request text field takes control characters other than tab and line breaks (PostgreSQL refuses U+0000).
    o.SerializerOptions.Converters.Add(new PlainTextConverter());
});
builder.Services.AddProblemHandling();
builder.Services.AddSecurityHeaders();
builder.Services.AddOpenApi();
builder.Services.AddStorage();
if (mode == GraphMode.Simulated)
    builder.Services.AddSimulation();
else
    builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddGraph(mode);
builder.Services.AddTokenAuthentication(builder.Configuration, mode);
builder.Services.AddRecordAccess();
builder.Services.AddRelationships();
builder.Services.AddMailOutbox();
builder.Services.AddScheduling();
builder.Services.AddEvaluations();
builder.Services.AddAgendas();
builder.Services.AddNotes();
builder.Services.AddRecord();
builder.Services.AddProgram();
builder.Services.AddMentors();
builder.Services.AddNotifications(mode);
builder.Services.AddReadiness();
builder.AddTelemetry(mode);
builder.Services.AddFallbackProblemHandler();

var app = builder.Build();

// Behind a reverse proxy (loopback by default) the original scheme decides HSTS and redirects.
app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedProto });
app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.MapTelemetry(mode);

await app.MigrateStorageAsync();
if (mode == GraphMode.Simulated)
    await app.SeedDemoMentorProfilesAsync();

app.MapOpenApi("/openapi/{documentName}.json");
app.MapReadiness();
app.MapAddin(mode);
if (mode == GraphMode.Simulated)
    app.MapSimulation();
app.MapIdentity();
app.MapRelationships();
app.MapScheduling();
app.MapEvaluations();
app.MapAgendaFeature(mode);
app.MapNotes();
app.MapRecord();
app.MapProgram();
app.MapMentors();
app.MapPeople();
app.MapNotifications();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
