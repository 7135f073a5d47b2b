using System.Net;
using System.Net.Http.Headers;
using ExperienceGrid.Silo.Tests.Hostile;

namespace ExperienceGrid.Silo.Tests.OpenApi;

/// <summary>Outside Development the document is a read like any other: signed in or 401; and no reference UI is served.</summary>
public sealed class OpenApiSignInTests(ProductionSilo silo) : IClassFixture<ProductionSilo>
{
    [Fact]
    public async Task The_document_needs_a_sign_in_and_any_role_may_read_it()
    {
        using var anonymous = silo.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/scalar")).StatusCode);

        using var signedIn = silo.Factory.CreateClient();
        signedIn.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", silo.Token);
        using var document = await signedIn.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Contains("\"/api/touchpoints\"", await document.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
