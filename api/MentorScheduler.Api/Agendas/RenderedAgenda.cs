using System.Collections.Concurrent;
using System.Reflection;
using MentorScheduler.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Agendas;

/// <summary>An agenda, as HTML for the mail and the meeting, and as plain text.</summary>
public sealed record RenderedAgenda(string Html, string Text);
