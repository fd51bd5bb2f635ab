using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ItaSite.Generator.Incremental;
using ItaSite.Generator.Reuse;
using ItaSite.Generator.Search;

namespace ItaSite.Tests.Search;

public class ChunkedGzipTests
{
    private static byte[] Gunzip(byte[] gz)
    {
        using var gzip = new GZipStream(new MemoryStream(gz), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static uint ReferenceCrc(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return BinaryPrimitives.ReadUInt32LittleEndian(buffer.ToArray().AsSpan()[^8..^4]);
    }

    /// <summary>Thai-like JSON: documents of varying length separated by quotes, as display.json is.</summary>
    private static byte[] Corpus(int documents, int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder("{\"v\":2,\"x\":[");
        for (var i = 0; i < documents; i++)
        {
            sb.Append(i == 0 ? "\"" : ",\"");
            var length = random.Next(200, 6000);
            for (var j = 0; j < length; j++)
            {
                sb.Append((char)(random.Next(4) == 0 ? ' ' : '\u0E01' + random.Next(40)));
            }

            sb.Append('"');
        }

        return Encoding.UTF8.GetBytes(sb.Append("]}").ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(400)]
    public void Output_is_one_valid_gzip_member_with_the_crc_of_the_whole_input(int documents)
    {
        var data = Corpus(documents, 7);
        var gz = ChunkedGzip.Compress(data);

        Assert.Equal(data, Gunzip(gz));
        Assert.Equal(ReferenceCrc(data), BinaryPrimitives.ReadUInt32LittleEndian(gz.AsSpan()[^8..^4]));
        Assert.True(documents < 400 || ChunkedGzip.Split(data).Count > 10, "a large input is split into many pieces");
    }

    [Fact]
    public void Input_without_boundary_bytes_is_cut_at_the_maximum_piece_length()
    {
        var data = new byte[ChunkedGzip.MaxPiece * 3 + 5];
        new Random(3).NextBytes(data);
        data.AsSpan().Replace((byte)0, (byte)1);
        data.AsSpan().Replace((byte)'"', (byte)1);

        var pieces = ChunkedGzip.Split(data);

        Assert.Equal([ChunkedGzip.MaxPiece, ChunkedGzip.MaxPiece, ChunkedGzip.MaxPiece, 5], pieces.Select(p => p.Length));
        Assert.Equal(data, Gunzip(ChunkedGzip.Compress(data)));
    }

    /// <summary>Page-sized segments, each with a separator, as the index writer hands them over.</summary>
    private static IndexSegment[] Segments(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => new IndexSegment(Encoding.UTF8.GetBytes(new string([.. Enumerable.Range(0, random.Next(100, 3000)).Select(_ => (char)('\u0E01' + random.Next(40)))])), 0))];
    }

    private static byte[] Joined(IEnumerable<IndexSegment> segments) =>
        [.. segments.SelectMany(s => s.Separator is { } b ? s.Bytes.Append(b) : s.Bytes)];

    [Fact]
    public void Segments_are_grouped_whole_and_compress_to_their_concatenation()
    {
        var segments = Segments(500, 3);
        var groups = ChunkedGzip.Group(segments);
        var gz = ChunkedGzip.Compress(segments, null);

        Assert.True(groups.Count > 10, $"{groups.Count} pieces");
        Assert.Equal(segments.Length, groups.Sum(g => g.Count));
        Assert.All(groups.Skip(1).Zip(groups), pair => Assert.Equal(pair.Second.Start + pair.Second.Count, pair.First.Start));
        Assert.Equal(Joined(segments), Gunzip(gz));
        Assert.Equal(ReferenceCrc(Joined(segments)), BinaryPrimitives.ReadUInt32LittleEndian(gz.AsSpan()[^8..^4]));
        Assert.Empty(Gunzip(ChunkedGzip.Compress(Array.Empty<IndexSegment>(), null)));
    }

    [Fact]
    public void A_session_reuses_unchanged_pieces_by_their_segments_and_writes_the_from_scratch_bytes()
    {
        var cache = new StepReuse();
        var segments = Segments(800, 5);
        ChunkedGzip.Compress(segments, cache);
        var first = cache.Runs(ReusableStep.GzipPiece);

        // One segment replaced by a new array with other bytes, one by a new array with the same bytes.
        var edited = (IndexSegment[])segments.Clone();
        edited[400] = new IndexSegment([.. segments[400].Bytes, .. "แก้ไข"u8.ToArray()], 0);
        edited[100] = new IndexSegment([.. segments[100].Bytes], 0);
        cache.NextBuild();
        var incremental = ChunkedGzip.Compress(edited, cache);

        // Pieces are compared by their bytes: the copy with the same bytes costs nothing, the edit the pieces around it.
        Assert.True(first > 20, $"{first} pieces");
        Assert.InRange(cache.Runs(ReusableStep.GzipPiece), 1, 5);
        Assert.Equal(ChunkedGzip.Compress(edited, null), incremental);
        Assert.Equal(Joined(edited), Gunzip(incremental));
        cache.NextBuild();
        Assert.Equal(incremental, ChunkedGzip.Compress(edited, cache));
        Assert.Equal(0, cache.Runs(ReusableStep.GzipPiece));
        var copied = (IndexSegment[])edited.Clone();
        copied[100] = new IndexSegment([.. edited[100].Bytes], 0);
        copied[600] = new IndexSegment([.. edited[600].Bytes], 0);
        cache.NextBuild();
        Assert.Equal(incremental, ChunkedGzip.Compress(copied, cache));
        Assert.InRange(cache.Runs(ReusableStep.GzipPiece), 0, 2);

        // Segments added at the end, then taken away again (a build each): the last piece is reused only where it still ends the file.
        IndexSegment[] longer = [.. edited, .. Segments(30, 9)];
        cache.NextBuild();
        Assert.Equal(ChunkedGzip.Compress(longer, null), ChunkedGzip.Compress(longer, cache));
        IndexSegment[] shorter = [.. edited[..^7]];
        cache.NextBuild();
        Assert.Equal(ChunkedGzip.Compress(shorter, null), ChunkedGzip.Compress(shorter, cache));
        cache.NextBuild();
        Assert.Equal(ChunkedGzip.Compress(edited, null), ChunkedGzip.Compress(edited, cache));
    }

    [Fact]
    public void Crc_combine_matches_the_crc_of_the_concatenation()
    {
        var a = Corpus(3, 1);
        var b = Corpus(5, 2);
        Assert.Equal(ReferenceCrc([.. a, .. b]), Crc32Combine.Combine(ReferenceCrc(a), ReferenceCrc(b), b.Length));
    }

    [Fact]
    public void An_edit_in_the_middle_recompresses_only_the_pieces_around_it_and_gives_the_from_scratch_bytes()
    {
        var data = Corpus(600, 11);
        var cache = new StepReuse();
        ChunkedGzip.Compress(data, cache);
        var first = cache.Runs(ReusableStep.GzipPiece);

        var middle = data.Length / 2;
        byte[] edited = [.. data[..middle], .. "แก้ไข"u8.ToArray(), .. data[middle..]];
        cache.NextBuild();
        var incremental = ChunkedGzip.Compress(edited, cache);

        Assert.True(first > 20, $"{first} pieces");
        Assert.InRange(cache.Runs(ReusableStep.GzipPiece), 1, 3);
        Assert.Equal(ChunkedGzip.Compress(edited, null), incremental);
        Assert.Equal(edited, Gunzip(incremental));
    }

    [Fact]
    public void Per_document_parts_join_to_what_the_serializer_writes_for_the_whole_index()
    {
        SearchDocument[] raw =
        [
            new("oit/2566/o1/", "ข้อ O1 \u200Bโครงสร้าง", "O1", "item", "ข้อความ \"อ้างอิง\"  ๑๒๓\nบรรทัด"),
            new("about/", "เกี่ยวกับเรา", null, "page", "ติดต่อ <หน่วยงาน> & ทีม"),
        ];
        var json = new JsonSerializerOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
        var cleaned = raw.Select(d => d with { Title = SearchNormalizer.Clean(d.Title), Text = SearchNormalizer.Clean(d.Text) }).ToList();

        var files = SearchIndexBuilder.Write(raw).ToDictionary(f => f.RelativePath, f => Gunzip(f.Content!));

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(new SearchIndex(SearchIndexBuilder.FormatVersion, cleaned), json), files[SearchIndexBuilder.IndexPath]);
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(new SearchDisplayText(SearchIndexBuilder.FormatVersion, [.. cleaned.Select(d => d.Text)]), json), files[SearchIndexBuilder.DisplayPath]);
        byte[] text = [.. cleaned.SelectMany(d => SearchTextEncoding.Encode(SearchNormalizer.Fold(d.Text)).Append(SearchTextEncoding.Separator)),
            .. cleaned.SelectMany(d => SearchTextEncoding.Encode(SearchNormalizer.Fold(d.Title)).Append(SearchTextEncoding.Separator))];
        Assert.Equal(text, files[SearchIndexBuilder.TextPath]);
    }
}

public class SessionSearchPartsTests
{
    private static List<SearchDocument> Documents(int count, string edit)
    {
        var random = new Random(5);
        string[] words = ["เนื้อหา", "ของหน้า", "ข้อความ", "ภาษาไทย", "รายงาน", "งบประมาณ", "ประจำปี", "๒๕๖๖", "ผลการดำเนินงาน", "มาตรการ"];
        return [.. Enumerable.Range(0, count).Select(i => new SearchDocument($"p{i}/", $"หน้า {i}", null, "page",
            string.Join(' ', Enumerable.Range(0, random.Next(20, 200)).Select(_ => words[random.Next(words.Length)])) + (i == count / 2 ? edit : string.Empty)))];
    }

    [Fact]
    public void A_session_reuses_the_parts_and_pieces_of_unchanged_pages_and_writes_the_from_scratch_bytes()
    {
        var cache = new StepReuse();
        var before = Documents(1500, string.Empty);
        SearchIndexBuilder.Write(before, cache);
        Assert.Equal(1500, cache.Runs(ReusableStep.SearchParts));
        var piecesFirst = cache.Runs(ReusableStep.GzipPiece);

        cache.NextBuild();
        var after = Documents(1500, "แก้ไขแล้ว");
        var files = SearchIndexBuilder.Write(after, cache);

        Assert.Equal(1, cache.Runs(ReusableStep.SearchParts));
        Assert.True(piecesFirst > 20, $"{piecesFirst} pieces");
        Assert.InRange(cache.Runs(ReusableStep.GzipPiece), 1, 6);
        Assert.Equal(SearchIndexBuilder.Write(after).Select(f => f.Content), files.Select(f => f.Content));
    }
}
