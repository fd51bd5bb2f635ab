using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using ItaSite.Generator.Data.Tables;
using ItaSite.Generator.Output;

namespace ItaSite.Generator.Assemble;

/// <summary>
/// Writes a table as open data: CSV (UTF-8 with BOM so Excel reads Thai, header row of Thai column titles, invariant numbers
/// and ISO dates) and JSON (column keys, typed values). Both hold exactly the rows shown on the page, without the totals row.
/// </summary>
public static class DataExporter
{
    public static IEnumerable<OutputFile> Files(DataTable table)
    {
        yield return new OutputFile(table.CsvPath.OutputFile, Csv(table), null);
        yield return new OutputFile(table.JsonPath.OutputFile, Json(table), null);
    }

    /// <summary>How every published CSV is written (data tables, the ITAS sheet): a BOM and CRLF for Excel, and formula injection escaped.</summary>
    public static CsvWriterOptions CsvOptions() => new() { NewLine = "\r\n", WriteByteOrderMark = true, Injection = CsvInjection.Escape };

    public static byte[] Csv(DataTable table)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, CsvOptions(), leaveOpen: true))
        {
            foreach (var column in table.Columns)
            {
                csv.WriteField(column.Header);
            }

            csv.EndRecord();
            foreach (var row in table.Rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(Invariant(cell));
                }

                csv.EndRecord();
            }

            csv.Flush();
        }

        return stream.ToArray();
    }

    public static byte[] Json(DataTable table)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("id", table.Id);
            json.WriteString("title", table.Caption);
            json.WriteStartArray("columns");
            foreach (var column in table.Columns)
            {
                json.WriteStartObject();
                json.WriteString("key", column.Key);
                json.WriteString("title", column.Header);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("rows");
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < table.Columns.Count && i < row.Count; i++)
                {
                    json.WritePropertyName(table.Columns[i].Key);
                    WriteValue(json, row[i]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>The value as CSV text: <c>1234567.50</c>, <c>2023-03-15</c>, <c>2022-10</c>.</summary>
    public static string Invariant(DataCell cell) => cell.Kind switch
    {
        CellKind.Count => cell.Number.ToString("0", CultureInfo.InvariantCulture),
        CellKind.Money => cell.Number.ToString("0.00", CultureInfo.InvariantCulture),
        CellKind.Date => cell.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
        CellKind.Month => cell.Month?.Iso ?? string.Empty,
        _ => cell.Text ?? string.Empty,
    };

    private static void WriteValue(Utf8JsonWriter json, DataCell cell)
    {
        switch (cell.Kind)
        {
            case CellKind.Count:
            case CellKind.Money:
                json.WriteNumberValue(cell.Number);
                break;
            case CellKind.Text when cell.Text is null:
                json.WriteNullValue();
                break;
            default:
                json.WriteStringValue(Invariant(cell));
                break;
        }
    }
}
