using System.Security.Cryptography;
using System.Text;

namespace ExperienceGrid.Silo.Auth;

/// <summary>
/// Secrets (passwords, ingestion keys) are compared as SHA-256 digests: every digest is 32 bytes, so the fixed-time
/// comparison tells neither how much of a secret matched nor how long it is.
/// </summary>
public static class SecretDigest
{
    public static byte[] Of(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    public static bool Matches(byte[] digest, byte[] other) => CryptographicOperations.FixedTimeEquals(digest, other);
}
