/**
 * Clinical advice requests, the boundaries: raising, routing to the pathway's leads in post, accepting or assigning,
 * the conflicted responder's statement, the advice with its evidence and the requester's outcome
 * ({@link org.clinlead.portal.advice.AdviceRequests} to ask, {@link org.clinlead.portal.advice.AdviceAnswers} to answer); the register of advice
 * ({@link org.clinlead.portal.advice.AdviceRegister}); reminders before and after the due date
 * ({@link org.clinlead.portal.advice.AdviceReminders}). Who sees a request is decided once in {@code AdviceAccess}.
 */
package org.clinlead.portal.advice;
