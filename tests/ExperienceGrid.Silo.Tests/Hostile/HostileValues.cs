using System.Text;

namespace ExperienceGrid.Silo.Tests.Hostile;

/// <summary>Raw JSON values (bytes, so they can be what no serializer writes) that no text field may take.</summary>
public static class HostileValues
{
    /// <summary>Values that are not acceptable text: broken Unicode, wrong types, far too long.</summary>
    public static readonly (string Name, byte[] Json, bool IsString)[] NotText =
    [
        ("a lone high surrogate escape", Ascii("\"\\ud800\""), true),
        ("a lone low surrogate escape", Ascii("\"a\\udc00\""), true),
        ("reversed surrogate escapes", Ascii("\"\\udc00\\ud800\""), true),
        ("the invalid UTF-8 byte FF", [0x22, 0x61, 0xFF, 0x22], true),
        ("the invalid UTF-8 pair C3 28", [0x22, 0x61, 0xC3, 0x28, 0x22], true),
        ("overlong UTF-8 C0 AF", [0x22, 0xC0, 0xAF, 0x22], true),
        ("a UTF-8 encoded surrogate ED A0 80", [0x22, 0xED, 0xA0, 0x80, 0x22], true),
        ("truncated UTF-8 E2 82", [0x22, 0xE2, 0x82, 0x22], true),
        ("5,000 characters", Ascii($"\"{new string('x', 5000)}\""), true),
        ("a number", Ascii("5"), false),
        ("a number beyond double", Ascii("1e400"), false),
        ("true", Ascii("true"), false),
        ("an object", Ascii("{}"), false),
        ("an array", Ascii("[\"a\"]"), false),
    ];

    /// <summary>A NUL escape: valid JSON text, but no id or attribute may hold control characters.</summary>
    public static readonly byte[] Nul = Ascii("\"a\\u0000b\"");

    /// <summary>Bodies that are not one JSON value of the depth and shape the API reads.</summary>
    public static readonly (string Name, byte[] Body)[] Malformed =
    [
        ("an unclosed object", Ascii("{")),
        ("an unclosed array", Ascii("[")),
        ("a stray brace", Ascii("}")),
        ("a truncated member", Ascii("{\"user\":")),
        ("a trailing comma", Ascii("{\"user\":\"a\",}")),
        ("a comment", Ascii("/* x */ {}")),
        ("NaN", Ascii("NaN")),
        ("single quotes", Ascii("{'user':'a'}")),
        ("a raw FF byte", [0xFF]),
        ("a raw control character in a string", Ascii("{\"user\":\"a\u0001b\"}")),
        ("UTF-16 text", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("{\"user\":\"a\"}")]),
        ("nesting 1,000 deep", Ascii(new string('[', 1000) + new string(']', 1000))),
        ("a name given twice", Ascii("{\"user\":\"a\",\"user\":\"b\",\"action\":\"x\",\"action\":\"y\"}")),
        ("form fields", Ascii("user=chain.manager&password=demo")),
        ("two JSON values", Ascii("{} {}")),
    ];

    /// <summary>Valid JSON that is not an object.</summary>
    public static readonly (string Name, byte[] Body)[] NotObjects =
    [
        ("an empty array", Ascii("[]")),
        ("a number", Ascii("5")),
        ("a string", Ascii("\"x\"")),
        ("null", Ascii("null")),
        ("true", Ascii("true")),
    ];

    public static byte[] Ascii(string text) => Encoding.UTF8.GetBytes(text);
}
