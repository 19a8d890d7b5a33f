using AngleSharp.Html.Parser;

namespace MentorScheduler.Api.Agendas;

/// <summary>
/// Writes the agenda into a meeting's HTML body without disturbing the rest of it (the Teams join block
/// above all: an online meeting whose block is lost stops being online). The agenda lives in one element
/// marked with an id and a class; writing again replaces that element's content.
/// </summary>
public static class OccurrenceBody
{
    public const string BlockId = "mentorscheduler-agenda";

    public static string Merge(string? existingHtml, string agendaHtml)
    {
        var document = new HtmlParser().ParseDocument(existingHtml ?? string.Empty);
        var block = document.GetElementById(BlockId) ?? document.QuerySelector("." + BlockId);
        if (block is null)
        {
            block = document.CreateElement("div");
            block.Id = BlockId;
            block.ClassName = BlockId;
            document.Body!.Prepend(block);
        }
        block.InnerHtml = agendaHtml + "<hr>";
        return document.DocumentElement.OuterHtml;
    }
}
