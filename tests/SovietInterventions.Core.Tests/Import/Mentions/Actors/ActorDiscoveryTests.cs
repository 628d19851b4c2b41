using SovietInterventions.Core.Import.Mentions.Actors;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Tests.Import.Mentions.Actors;

public class ActorDiscoveryTests
{
    private static IReadOnlyList<ActorEntry> Learn(params string[] texts)
    {
        var finder = new ActorFinder(RealData.Gazetteer);
        finder.Learn(texts);
        return finder.Learned;
    }

    private static ActorEntry Named(IReadOnlyList<ActorEntry> learned, string name) => Assert.Single(learned, a => a.Name == name);

    [Fact]
    public void An_organization_is_found_by_its_head_word_and_its_defined_acronym_becomes_an_alias()
    {
        var learned = Learn("Fighters of the Eastern Ruritanian Liberation Front (ERLF) crossed the border; the ERLF held the plateau.");

        var front = Named(learned, "Eastern Ruritanian Liberation Front");
        Assert.Equal(ActorType.Organization, front.Type);
        Assert.Equal(["ERLF"], front.Aliases);
        Assert.Contains("ERLF", front.HowFound);
    }

    [Theory]
    [InlineData("the Finnish 12th Army advanced", "Finnish 12th Army", ActorType.ArmedForce)]
    [InlineData("the IV Corps held the line", "IV Corps", ActorType.ArmedForce)]
    [InlineData("the Mountain Flotilla sailed south", "Mountain Flotilla", ActorType.ArmedForce)]
    [InlineData("Mountain Flotilla sailed south", null, null)]
    [InlineData("the 44th and 47th Armies crossed the river", null, null)]
    [InlineData("the Ruritanian Peasant Labour Party won", "Ruritanian Peasant Labour Party", ActorType.Party)]
    public void A_numbered_or_national_or_long_organization_name_is_learned(string text, string? name, ActorType? type)
    {
        var learned = Learn(text);

        if (name is null)
            Assert.Empty(learned);
        else
            Assert.Equal(type, Named(learned, name).Type);
    }

    [Fact]
    public void A_place_opening_an_organization_name_leaves_it_an_organization()
    {
        var army = Named(Learn("Soviet officers trained the Ghulja Peasant Army in the valley."), "Ghulja Peasant Army");

        Assert.Equal(ActorType.ArmedForce, army.Type);
    }

    [Fact]
    public void Generic_organizations_known_ones_and_theatres_of_war_are_not_learned()
    {
        Assert.Empty(Learn(
            "The Communist Party met. The Red Army and the Soviet Red Army moved.",
            "Fighting on the Eastern Front ended. General Konev's Front advanced."));
    }

    [Fact]
    public void A_name_followed_by_an_apposition_with_a_role_is_a_person()
    {
        var person = Named(Learn("Gustav Orlovic, the Ruritanian commander, surrendered."), "Gustav Orlovic");

        Assert.Equal(ActorType.Person, person.Type);
    }

    [Theory]
    [InlineData("the brigade was led by Anton Varga")]
    [InlineData("the flotilla under Anton Varga sailed")]
    [InlineData("the deputy minister of war, Anton Varga, arrived")]
    [InlineData("Colonel General A. Varga took command")]
    [InlineData("the elder was exiled and the younger Anton Varga led the districts")]
    public void Introducers_titles_and_initials_give_the_name(string text)
    {
        var person = Assert.Single(Learn(text));

        Assert.EndsWith("Varga", person.Name);
        Assert.Contains("Varga", person.Aliases.Append(person.Name));
    }

    [Fact]
    public void A_title_after_an_introducer_gives_the_name_once()
    {
        var person = Assert.Single(Learn("the army was commanded by Field Marshal Otto Brenner"));

        Assert.Equal("Otto Brenner", person.Name);
    }

    [Theory]
    [InlineData("According to historian Milan Dvorsky, the invasion was planned early. General Milan Dvorsky")]
    [InlineData("As Dvorsky argued, the plan failed. General Milan Dvorsky")]
    [InlineData("Dvorsky writes that the plan failed. General Milan Dvorsky")]
    [InlineData("Milan Dvorsky, a historian of the war, disagrees. General Milan Dvorsky")]
    [InlineData("The Liberators, by Milan Dvorsky, is an eyewitness account. General Milan Dvorsky")]
    [InlineData("Milan Dvorsky's life of the baron is the best introduction. General Milan Dvorsky")]
    [InlineData("Dvorsky's study of the campaign is still the fullest. General Milan Dvorsky")]
    public void Historians_and_authors_cited_for_an_opinion_are_not_actors(string text)
    {
        Assert.DoesNotContain(Learn(text), a => a.Name.Contains("Dvorsky", StringComparison.Ordinal));
    }

    [Fact]
    public void A_two_letter_surname_is_no_alias_of_its_own()
    {
        var person = Named(Learn("Captain Bounmy Le took the airfield."), "Bounmy Le");

        Assert.Empty(person.Aliases);
    }

    [Fact]
    public void A_known_actors_surname_after_a_title_is_not_a_new_person()
    {
        Assert.Empty(Learn("President Svoboda refused to sign."));
    }

    [Fact]
    public void A_title_and_the_surname_of_exactly_one_known_person_is_that_person_in_every_text()
    {
        var finder = new ActorFinder(RealData.Gazetteer);
        finder.Learn(["Gen. Petrov planned the counter-attack.", "Petrov flew home in spring."]);

        Assert.Empty(finder.Learned);
        Assert.Equal("vasily-petrov", Assert.Single(finder.Find("Petrov flew home in spring.")).ActorSlug);
    }

    [Fact]
    public void A_surname_two_known_people_share_stays_unresolved()
    {
        var finder = new ActorFinder(RealData.Gazetteer);
        finder.Learn(["Premier Nagy gave the order."]);

        Assert.Empty(finder.Find("Nagy gave the order."));
    }

    [Fact]
    public void Discovered_actors_are_then_found_in_the_texts_and_marked_discovered()
    {
        var finder = new ActorFinder(RealData.Gazetteer);
        finder.Learn(["the Eastern Ruritanian Liberation Front (ERLF) rose"]);

        var mention = Assert.Single(finder.Find("Moscow armed the ERLF."));

        Assert.Equal(("eastern-ruritanian-liberation-front", true), (mention.ActorSlug, mention.Discovered));
    }

    [Fact]
    public void Discovery_stays_linear_on_a_long_line_without_full_stops()
    {
        var line = string.Concat(Enumerable.Repeat("General Anton Varga, the commander of the 9th Army (NA) under Otto Brenner as Dvorsky argued ", 5000));

        var learned = Learn(line);

        Assert.Contains(learned, a => a.Name == "Anton Varga");
        Assert.Contains(learned, a => a.Name == "9th Army");
    }

    [Theory]
    [InlineData("That evening the Ruritanian defence minister, Tomas Velkar, went to the talks and never came back.", "Tomas Velkar")]
    [InlineData("The minister, Velkar went home.", null)]
    [InlineData("He spoke to the general, Tomas Velkar and others waited outside until noon", null)]
    public void A_name_set_off_by_commas_after_a_title_is_learned(string text, string? name)
    {
        var learned = Learn(text);

        if (name is null)
            Assert.Empty(learned);
        else
            Assert.Equal(name, Assert.Single(learned).Name);
    }

    [Fact]
    public void A_guest_scholar_introduced_as_dr_without_a_full_stop_is_no_actor()
    {
        var learned = Learn("Guest: Dr Ruth Valera, who has written on the war. Ruth Valera joins us today.");

        Assert.DoesNotContain(learned, a => a.Name.Contains("Valera", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Posted in March, filed under Cold War and essays.")]
    [InlineData("The country lived under Civil War conditions for a decade.")]
    public void An_event_named_after_an_introducer_is_no_person(string text) => Assert.Empty(Learn(text));

    [Fact]
    public void An_organization_name_whose_of_tail_cannot_be_read_is_not_cut_short()
    {
        var learned = Learn("Aid came through the Ruritanian Ministry of Defense's foreign department.");

        Assert.DoesNotContain(learned, a => a.Name == "Ruritanian Ministry");
    }

    [Fact]
    public void Full_names_listed_beside_a_known_person_are_people_and_their_surnames_aliases()
    {
        var learned = Learn("Alexander Dubček, Teodor Varga and Milan Ostrý were driven to the airport.", "Later only Ostrý spoke.");

        Assert.Equal(ActorType.Person, Named(learned, "Teodor Varga").Type);
        Assert.Contains("Ostrý", Named(learned, "Milan Ostrý").Aliases);
    }

    [Theory]
    [InlineData("The decision fell to Leonid Brezhnev and the Central Committee.")]
    [InlineData("Alexander Dubček and Prague Castle stood for the reform.")]
    [InlineData("Alexander Dubček, Varga and the others were arrested.")]
    [InlineData("Delegates from Bratislava, Alexander Dubček among them, arrived.")]
    [InlineData("In the judgement of Harriet Quill, Leonid Brezhnev hesitated for weeks.")]
    public void A_list_without_another_full_name_beside_a_known_person_teaches_no_one(string text) => Assert.Empty(Learn(text));

    [Fact]
    public void A_name_before_khan_includes_the_title_and_the_words_after_it()
    {
        var learned = Learn("The rebels around Darius Khan, backed by the town, rose. Yusuf Khan Tabrizi, sent to mediate, was killed.");

        Assert.Equal(ActorType.Person, Named(learned, "Darius Khan").Type);
        Assert.Equal(["Tabrizi"], Named(learned, "Yusuf Khan Tabrizi").Aliases);
        Assert.DoesNotContain(learned, a => a.Aliases.Contains("Khan"));
    }

    [Fact]
    public void A_title_with_a_for_complement_gives_the_name_after_the_comma()
    {
        var person = Assert.Single(Learn("That night the commissar for foreign affairs, Pyotr Lavrenko, handed over the note."));

        Assert.Equal("Pyotr Lavrenko", person.Name);
    }

    [Theory]
    [InlineData("By then the movement's army, RUFA, held the south.", "RUFA", ActorType.ArmedForce)]
    [InlineData("Its ruling party, RPLP, banned strikes.", "RPLP", ActorType.Party)]
    public void An_acronym_in_commas_after_a_lower_case_head_word_is_an_organization(string text, string name, ActorType type) =>
        Assert.Equal(type, Named(Learn(text), name).Type);

    [Theory]
    [InlineData("The party, CPSU, decided.")]
    [InlineData("The army, USA, and the navy.")]
    [InlineData("The army, an old one, marched.")]
    public void A_known_name_or_no_acronym_after_a_head_word_teaches_nothing(string text) => Assert.Empty(Learn(text));

    [Fact]
    public void A_for_tail_defined_by_an_acronym_belongs_to_the_organization_name()
    {
        var learned = Learn("Arms went to the People's Armed Forces for the Liberation of Ruritania (PAFLR) in 1976. The army trained recruits for Ruritania.");

        Assert.Equal(["PAFLR"], Named(learned, "People's Armed Forces for the Liberation of Ruritania").Aliases);
    }

    [Fact]
    public void A_body_named_once_with_its_state_and_once_without_is_one_actor()
    {
        var learned = Learn("The Soviet 61st Rifle Corps held the pass.", "In spring the 61st Rifle Corps moved north.");

        var corps = Assert.Single(learned);
        Assert.Equal("Soviet 61st Rifle Corps", corps.Name);
        Assert.Contains("61st Rifle Corps", corps.Aliases);
    }

    [Fact]
    public void A_bare_body_name_two_states_forms_claim_stays_apart()
    {
        var learned = Learn("The Soviet 9th Division and the Finnish 9th Division met.", "The 9th Division was cut off.");

        Assert.Equal(3, learned.Count);
    }

    [Fact]
    public void A_party_named_with_its_state_in_one_text_is_not_the_bare_party_of_another()
    {
        var learned = Learn("Moscow demanded that the Czechoslovak Social Democratic Party be kept out of power.",
            "In Helsinki the Social Democratic Party opposed the new frontier.");

        Assert.Empty(Named(learned, "Czechoslovak Social Democratic Party").Aliases);
    }

    [Fact]
    public void A_party_named_with_its_state_and_then_bare_in_one_document_is_one_actor()
    {
        var learned = Learn("Moscow had the Latvian Social Democratic Workers' Party outlawed. The Social Democratic Workers' Party leaders were arrested.");

        Assert.Contains("Social Democratic Workers' Party", Named(learned, "Latvian Social Democratic Workers' Party").Aliases);
    }
}
