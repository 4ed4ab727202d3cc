package org.clinlead.portal.cohort;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.api.VersionInput;
import org.clinlead.portal.api.Versioned;

/** Participants: their page, mentor, reflection, completion and withdrawal; mentors' mentees. */
@Path("participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipantsResource {

    public record MentorInput(String mentor, String reason, Long version) {
    }

    public record ReflectionInput(String reflection, Long version) {
    }

    public record WithdrawalInput(String reason, Long version) {
    }


    @Inject
    private Mentoring mentoring;

    @Inject
    private Participants participants;

    /** The caller's own places on the programme. */
    @GET
    @Path("mine")
    public PageAnswer<ParticipantView> mine() {
        return PageAnswer.whole(participants.myPlaces());
    }

    /** The calling mentor's mentees. */
    @GET
    @Path("mentees")
    public PageAnswer<ParticipantView> mentees() {
        return PageAnswer.whole(mentoring.mentees());
    }

    /** Mentors the programme manager can match. */
    @GET
    @Path("mentors")
    public PageAnswer<MentorChoice> mentors() {
        return PageAnswer.whole(mentoring.mentors());
    }

    @GET
    @Path("{id}")
    public ParticipantPage get(@PathParam("id") long id) {
        return participants.participant(id);
    }

    @PUT
    @Path("{id}/mentor")
    public ParticipantView mentor(@PathParam("id") long id, MentorInput input) {
        Versioned.body(input);
        return mentoring.assignMentor(id, Versioned.required(input.version()), input.mentor(), input.reason());
    }

    @PUT
    @Path("{id}/reflection")
    public ParticipantView reflect(@PathParam("id") long id, ReflectionInput input) {
        Versioned.body(input);
        return participants.reflect(id, Versioned.required(input.version()), input.reflection());
    }

    @POST
    @Path("{id}/completion")
    public ParticipantView complete(@PathParam("id") long id, VersionInput input) {
        Versioned.body(input);
        return participants.complete(id, Versioned.required(input.version()));
    }

    @POST
    @Path("{id}/withdrawal")
    public ParticipantView withdraw(@PathParam("id") long id, WithdrawalInput input) {
        Versioned.body(input);
        return participants.withdraw(id, Versioned.required(input.version()), input.reason());
    }
}
